#include <stdio.h>

int fileno_unlocked(FILE *f)
{
	return fileno(f);
}
