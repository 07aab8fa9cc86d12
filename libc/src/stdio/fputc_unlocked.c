#include <stdio.h>

int fputc_unlocked(int c, FILE *f)
{
	return fputc(c, f);
}
