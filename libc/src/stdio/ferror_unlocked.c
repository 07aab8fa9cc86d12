#include <stdio.h>

int ferror_unlocked(FILE *f)
{
	return ferror(f);
}
