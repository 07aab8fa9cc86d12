#include <stdlib.h>
#include <string.h>

#include "w64_malloc.h"

/*
 * In place when possible: a shrink always is, a growth when the next chunk
 * is free and large enough, or is top (which grows the memory if need be).
 * Otherwise allocate, copy, free; on failure the old block is untouched.
 *
 * realloc(p, 0) shrinks p to a minimal block and returns it (never NULL, so
 * NULL keeps meaning failure), as musl does; C23 makes that call undefined.
 */
void *realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return __w64_heap_alloc(size);
	if (__w64_heap_resize(ptr, size))
		return ptr;
	void *q = __w64_heap_alloc(size);
	if (q == NULL)
		return NULL;
	size_t old = w64_chunk_size(w64_mem_to_chunk(ptr)) - W64_INUSE_OVERHEAD;
	memcpy(q, ptr, old < size ? old : size);
	__w64_heap_free(ptr);
	return q;
}
