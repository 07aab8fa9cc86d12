#include <stdio.h>

#include "w64_stdio.h"

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	if (size == 0 || n == 0)
		return 0;
	size_t bytes;
	if (__builtin_mul_overflow(size, n, &bytes))
		bytes = (size_t)-1; /* cannot fit in memory: reads until it fails */
	return __w64_file_read(f, p, bytes) / size;
}
