#include <stdio.h>

size_t fread_unlocked(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	return fread(p, size, n, f);
}
