#include <stdio.h>

#include "w64_stdio.h"

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	if (size == 0 || n == 0)
		return 0;
	/* size * n bytes cannot exist in memory if the product overflows;
	 * the write then stops at the first inaccessible byte, as any
	 * overlong write would. */
	size_t bytes;
	if (__builtin_mul_overflow(size, n, &bytes))
		bytes = (size_t)-1;
	return __w64_file_write(f, p, bytes) / size;
}
