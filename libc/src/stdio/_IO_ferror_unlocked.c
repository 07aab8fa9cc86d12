#include <stdio.h>

int _IO_ferror_unlocked(FILE *f)
{
	return ferror(f);
}
