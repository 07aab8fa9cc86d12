/*
 * The allocator of the wasip1-threads libc: the single-threaded heap
 * (libc/src/malloc/__w64_heap.c), compiled here with its entry points
 * renamed, behind one lock.  One lock for the whole heap is simple and
 * correct; threads that allocate at once take turns (docs/libc.md).
 */
#include <stddef.h>

#define __w64_heap_alloc w64_heap_alloc_unlocked
#define __w64_heap_alloc_aligned w64_heap_alloc_aligned_unlocked
#define __w64_heap_free w64_heap_free_unlocked
#define __w64_heap_resize w64_heap_resize_unlocked
#define __w64_heap_chunk_of w64_heap_chunk_of_unlocked
#include "../../../src/malloc/__w64_heap.c"
#undef __w64_heap_alloc
#undef __w64_heap_alloc_aligned
#undef __w64_heap_free
#undef __w64_heap_resize
#undef __w64_heap_chunk_of

#include "w64_pthread.h"

static int heap_lock;

#define HIDDEN __attribute__((visibility("hidden")))

HIDDEN void *__w64_heap_alloc(size_t n)
{
	__w64_lock_take(&heap_lock, CLOCK_MONOTONIC, NULL);
	void *p = w64_heap_alloc_unlocked(n);
	__w64_lock_give(&heap_lock);
	return p;
}

HIDDEN void *__w64_heap_alloc_aligned(size_t align, size_t n)
{
	__w64_lock_take(&heap_lock, CLOCK_MONOTONIC, NULL);
	void *p = w64_heap_alloc_aligned_unlocked(align, n);
	__w64_lock_give(&heap_lock);
	return p;
}

HIDDEN void __w64_heap_free(void *mem)
{
	__w64_lock_take(&heap_lock, CLOCK_MONOTONIC, NULL);
	w64_heap_free_unlocked(mem);
	__w64_lock_give(&heap_lock);
}

HIDDEN int __w64_heap_resize(void *mem, size_t n)
{
	__w64_lock_take(&heap_lock, CLOCK_MONOTONIC, NULL);
	int done = w64_heap_resize_unlocked(mem, n);
	__w64_lock_give(&heap_lock);
	return done;
}

HIDDEN struct w64_chunk *__w64_heap_chunk_of(void *mem, const char *caller)
{
	__w64_lock_take(&heap_lock, CLOCK_MONOTONIC, NULL);
	struct w64_chunk *p = w64_heap_chunk_of_unlocked(mem, caller);
	__w64_lock_give(&heap_lock);
	return p;
}
