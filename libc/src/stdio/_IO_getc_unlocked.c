#include <stdio.h>

int _IO_getc_unlocked(FILE *f)
{
	return getc(f);
}
