#include <errno.h>
#include <stdlib.h>

#include "w64_errno.h"

/* realloc(p, n * size), failing with ENOMEM where the product overflows
 * instead of allocating the wrapped-around size. */
void *reallocarray(void *p, size_t n, size_t size)
{
	size_t bytes;
	if (__builtin_mul_overflow(n, size, &bytes)) {
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	return realloc(p, bytes);
}
