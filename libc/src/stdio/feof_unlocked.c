#include <stdio.h>

int feof_unlocked(FILE *f)
{
	return feof(f);
}
