/*
 * Non-standard allocator functions (glibc and musl have the same header).
 * The standard ones are in <stdlib.h>, declared again here as glibc does.
 */
#ifndef _MALLOC_H
#define _MALLOC_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *malloc(size_t __size);
void *calloc(size_t __nmemb, size_t __size);
void *realloc(void *__ptr, size_t __size);
void free(void *__ptr);

/* Like aligned_alloc, but an alignment that is not a power of two is
 * rounded up to one. */
void *memalign(size_t __alignment, size_t __size);

/* How many bytes the block really holds (at least what was asked for);
 * all of them may be used.  0 for NULL. */
size_t malloc_usable_size(void *__ptr);

#ifdef __cplusplus
}
#endif

#endif
