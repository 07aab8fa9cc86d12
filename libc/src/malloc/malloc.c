#include <stdlib.h>

#include "w64_malloc.h"

/* malloc(0) returns a unique pointer to a minimal block, as most libcs do. */
void *malloc(size_t size)
{
	return __w64_heap_alloc(size);
}
