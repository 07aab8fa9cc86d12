#include <stdio.h>

int fgetc_unlocked(FILE *f)
{
	return fgetc(f);
}
