#include <stdio.h>

size_t fwrite_unlocked(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	return fwrite(p, size, n, f);
}
