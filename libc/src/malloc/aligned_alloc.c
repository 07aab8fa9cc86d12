#include <errno.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_malloc.h"

/*
 * Any power-of-two alignment, any size (C17's DR 460 dropped the rule that
 * size be a multiple of the alignment); anything else fails with EINVAL.
 */
void *aligned_alloc(size_t alignment, size_t size)
{
	if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
		__w64_set_errno(EINVAL);
		return NULL;
	}
	if (alignment <= W64_ALIGN)
		return __w64_heap_alloc(size);
	return __w64_heap_alloc_aligned(alignment, size);
}
