#include <stdio.h>

/* An int as its bytes; EOF on failure (and on a word that is EOF: the
 * caller asks feof and ferror). */
int getw(FILE *f)
{
	int w;
	return fread(&w, sizeof w, 1, f) == 1 ? w : EOF;
}
