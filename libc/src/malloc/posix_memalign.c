#include <errno.h>
#include <stdlib.h>

#include "w64_malloc.h"

/* The error is returned, *memptr is left alone on failure; errno also
 * says ENOMEM after an allocation failure, as with glibc. */
int posix_memalign(void **memptr, size_t alignment, size_t size)
{
	if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0)
		return EINVAL;
	void *p = alignment <= W64_ALIGN ? __w64_heap_alloc(size)
					 : __w64_heap_alloc_aligned(alignment, size);
	if (p == NULL)
		return ENOMEM;
	*memptr = p;
	return 0;
}
