#include <malloc.h>

#include "w64_malloc.h"

/* The chunk minus its header: the block's bytes run over the next chunk's
 * prev_foot, which is the block's own while it is in use. */
size_t malloc_usable_size(void *ptr)
{
	if (ptr == NULL)
		return 0;
	struct w64_chunk *p = __w64_heap_chunk_of(ptr, "malloc_usable_size");
	return w64_chunk_size(p) - W64_INUSE_OVERHEAD;
}
