#include <stdio.h>

/* off_t is 64-bit already. */
FILE *fopen64(const char *restrict path, const char *restrict mode)
{
	return fopen(path, mode);
}
