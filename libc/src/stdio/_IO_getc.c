#include <stdio.h>

/* glibc's internal name for getc, which some objects call. */
int _IO_getc(FILE *f)
{
	return getc(f);
}
