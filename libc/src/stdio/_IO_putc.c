#include <stdio.h>

/* glibc's internal name for putc, which some objects call. */
int _IO_putc(int c, FILE *f)
{
	return putc(c, f);
}
