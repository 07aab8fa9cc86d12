/* A bump allocator: many small allocations freed together. */
#ifndef W64_ARENA_H
#define W64_ARENA_H

#include <stddef.h>

struct w64_arena;

struct w64_arena *w64_arena_new(void);
void w64_arena_free(struct w64_arena *a);
/* Zeroed memory for n objects of `size` bytes, aligned for any type; NULL
 * when out of memory or when n * size overflows. */
void *w64_arena_calloc(struct w64_arena *a, size_t n, size_t size);

#endif
