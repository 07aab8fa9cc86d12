#include <stdio.h>

int _IO_feof_unlocked(FILE *f)
{
	return feof(f);
}
