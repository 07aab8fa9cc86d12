#include <stdio.h>

int fgetpos64(FILE *restrict f, fpos_t *restrict pos)
{
	return fgetpos(f, pos);
}
