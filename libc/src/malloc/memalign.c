#include <errno.h>
#include <malloc.h>
#include <stdint.h>

#include "w64_errno.h"
#include "w64_malloc.h"

/* The obsolete interface is lenient, as glibc's is: an alignment that is
 * not a power of two is rounded up to one, 0 means no constraint. */
void *memalign(size_t alignment, size_t size)
{
	if (alignment <= W64_ALIGN)
		return __w64_heap_alloc(size);
	if (alignment > W64_MAX_REQUEST) {
		__w64_set_errno(ENOMEM);
		return NULL;
	}
	size_t a = W64_ALIGN;
	while (a < alignment)
		a <<= 1;
	return __w64_heap_alloc_aligned(a, size);
}
