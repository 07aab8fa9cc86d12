#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64/arena.h"

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	max_align_t data[];
};

struct w64_arena {
	struct arena_chunk *head;
};

enum { CHUNK_SIZE = 64 * 1024 };

struct w64_arena *w64_arena_new(void)
{
	return calloc(1, sizeof(struct w64_arena));
}

void w64_arena_free(struct w64_arena *a)
{
	if (!a)
		return;
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	free(a);
}

void *w64_arena_calloc(struct w64_arena *a, size_t n, size_t size)
{
	const size_t align = _Alignof(max_align_t);
	if (size != 0 && n > SIZE_MAX / size)
		return NULL;
	size_t bytes = n * size;
	if (bytes == 0)
		bytes = 1;
	if (bytes > SIZE_MAX - align)
		return NULL;
	bytes = (bytes + align - 1) & ~(align - 1);

	struct arena_chunk *c = a->head;
	if (!c || c->size - c->used < bytes) {
		size_t cap = bytes > CHUNK_SIZE ? bytes : CHUNK_SIZE;
		c = malloc(sizeof *c + cap);
		if (!c)
			return NULL;
		c->size = cap;
		c->used = 0;
		/* A big one-off block goes behind the current chunk so the
		 * current chunk's free space is not wasted. */
		if (a->head && bytes > CHUNK_SIZE) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	void *p = (char *)c->data + c->used;
	c->used += bytes;
	memset(p, 0, bytes);
	return p;
}
