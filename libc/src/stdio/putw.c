#include <stdio.h>

/* 0 when the word is written, EOF on failure (as glibc). */
int putw(int w, FILE *f)
{
	return fwrite(&w, sizeof w, 1, f) == 1 ? 0 : EOF;
}
