/* libFuzzer target: the allocator (libc/src/malloc, natively, against
 * tests/malloc/native_memory.c) under random operation sequences.  Every
 * live block is filled with a pattern of its own and checked before it
 * is freed or reallocated (an overlap or a lost byte aborts), alignments
 * are checked, and __w64_malloc_check must find the heap consistent after
 * every operation.  Everything is freed at the end of each input, so
 * inputs stay independent (the heap itself persists, like a program's).
 *
 * Input: 3-byte operations: opcode, slot, size class. */
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "native_memory.h"
#include "w64_malloc.h"

#define SLOTS 64

struct block {
	unsigned char *p;
	size_t n;
	unsigned char tag;
};

static struct block live[SLOTS];

static void fail(const char *what, size_t a, size_t b)
{
	fprintf(stderr, "fuzz_malloc: %s (%zu, %zu)\n", what, a, b);
	abort();
}

/* The pattern covers small blocks whole and the first and last EDGE
 * bytes of big ones: where a neighbour's overlap or a lost copy shows. */
#define EDGE 2048

static bool patterned(const struct block *b, size_t i)
{
	return b->n <= 2 * EDGE || i < EDGE || i >= b->n - EDGE;
}

static void fill(struct block *b)
{
	for (size_t i = 0; i < b->n; i++)
		if (patterned(b, i))
			b->p[i] = (unsigned char)(b->tag + i);
		else
			i = b->n - EDGE - 1;
}

/* The first n bytes still hold b's pattern. */
static void verify(const struct block *b, size_t n)
{
	for (size_t i = 0; i < n && i < b->n; i++)
		if (!patterned(b, i))
			i = b->n - EDGE - 1;
		else if (b->p[i] != (unsigned char)(b->tag + i))
			fail("block contents changed", (size_t)(uintptr_t)b->p, i);
}

static void heap_check(void)
{
	const char *msg = __w64_malloc_check(NULL);
	if (msg) {
		fprintf(stderr, "fuzz_malloc: heap check: %s\n", msg);
		abort();
	}
}

/* Sizes: mostly small, some around the bin limits, a few large or absurd. */
static size_t size_of(uint8_t c, uint8_t slot)
{
	switch (c >> 6) {
	case 0: return c & 63;
	case 1: return (size_t)(c & 63) * 16 + slot % 16;
	case 2: return (size_t)(c & 63) << 10 | slot;
	default:
		if (c == 0xff)
			return SIZE_MAX - slot;
		if (c == 0xfe)
			return (SIZE_MAX >> 1) + slot;
		return (size_t)(c & 63) << 16 | (size_t)slot << 4;
	}
}

static void take(struct block *b, void *p, size_t n, unsigned char tag)
{
	b->p = p;
	b->n = n;
	b->tag = tag;
	fill(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	native_memory_set_limit((size_t)256 << 20);
	for (size_t i = 0; i + 3 <= size; i += 3) {
		uint8_t op = data[i], slot = data[i + 1] % SLOTS, sc = data[i + 2];
		struct block *b = &live[slot];
		size_t n = size_of(sc, data[i + 1]);
		unsigned char tag = (unsigned char)(i * 7 + 1);
		switch (op % 6) {
		case 0: /* malloc */
		case 1: { /* calloc */
			if (b->p)
				break;
			void *p = op % 6 ? calloc(n / 16 + 1, n % 16 + 1) : malloc(n);
			if (!p)
				break;
			if (op % 6) {
				n = (n / 16 + 1) * (n % 16 + 1);
				for (size_t k = 0; k < n; k++)
					if (((unsigned char *)p)[k])
						fail("calloc memory not zero", n, k);
			}
			if ((uintptr_t)p % 16)
				fail("misaligned block", (uintptr_t)p, 16);
			take(b, p, n, tag);
			break;
		}
		case 2: { /* realloc: contents kept up to the smaller size */
			void *p = realloc(b->p, n);
			if (!p) {
				if (n == 0 && b->p)
					*b = (struct block){0};
				break;
			}
			struct block old = *b;
			old.p = p;
			verify(&old, n);
			take(b, p, n, tag);
			break;
		}
		case 3: { /* aligned: 2^k up to 64 KiB */
			if (b->p)
				break;
			size_t align = (size_t)1 << (data[i + 1] >> 4);
			void *p = NULL;
			if (op & 0x80) {
				if (posix_memalign(&p, align * sizeof(void *), n) != 0)
					p = NULL;
				align *= sizeof(void *);
			} else {
				p = aligned_alloc(align, n);
			}
			if (!p)
				break;
			if ((uintptr_t)p % align)
				fail("misaligned aligned block", (uintptr_t)p, align);
			take(b, p, n, tag);
			break;
		}
		case 4: /* usable size covers the request */
			if (b->p && malloc_usable_size(b->p) < b->n)
				fail("usable size below the request", malloc_usable_size(b->p), b->n);
			break;
		default:
			if (b->p) {
				verify(b, b->n);
				free(b->p);
				*b = (struct block){0};
			}
			break;
		}
		heap_check();
	}
	for (unsigned s = 0; s < SLOTS; s++) {
		if (live[s].p) {
			verify(&live[s], live[s].n);
			free(live[s].p);
		}
		live[s] = (struct block){0};
	}
	heap_check();
	return 0;
}
