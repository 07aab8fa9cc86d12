/* The native stand-in's controls (tests/malloc/native_memory.c). */
#ifndef NATIVE_MEMORY_H
#define NATIVE_MEMORY_H

#include <stddef.h>

/* Grows past this many bytes (in total) fail. */
void native_memory_set_limit(size_t bytes);
/* Another allocator grows the memory: NULL when over the limit. */
void *native_memory_foreign_grow(size_t pages);
/* Bytes grown so far, by anyone. */
size_t native_memory_used(void);

#endif
