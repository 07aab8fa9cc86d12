/*
 * The allocator's internals (libc/src/malloc/, design in its README.md):
 * chunk layout, bin indexing, the heap state, and the hidden entry points
 * the public functions (malloc.c, free.c, …) are thin wrappers around.
 *
 * Everything here is portable C: the only contact with the host is
 * __w64_host_memory_grow (libc/host/memory_grow.c on wasm64, a stand-in in
 * tests/malloc/ for the native tests).
 */
#ifndef W64_MALLOC_H
#define W64_MALLOC_H

#include <stddef.h>
#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* --- the host side ---------------------------------------------------------- */

/* The WebAssembly page, the unit memory.grow counts in. */
#define W64_PAGE_SIZE ((size_t)65536)

/*
 * Grow the memory by `pages` pages and return the address of the first new
 * byte, or NULL when the host refuses.  The new pages are zero and belong to
 * the caller alone; they are contiguous with the previous grow only if no one
 * else (Rust's allocator, argv setup, …) grew the memory in between.
 */
W64_HIDDEN void *__w64_host_memory_grow(size_t pages);

/* Where the next grow's pages will start: one past the memory's last byte. */
W64_HIDDEN void *__w64_host_memory_end(void);

/* --- chunks ----------------------------------------------------------------- */

/*
 * A chunk is `size` bytes at a 16-aligned address p; sizes are multiples of
 * 16.  The first two words are headers, the user's memory starts at p + 16:
 *
 *   p + 0   prev_foot  size of the previous chunk, valid only while that
 *                      chunk is free (otherwise it is that chunk's last 8
 *                      bytes of user memory)
 *   p + 8   head       size | W64_CINUSE (this chunk in use)
 *                           | W64_PINUSE (the previous chunk in use)
 *   p + 16  fd, bk     free chunks: the bin's doubly linked list
 *   p + 32  child[2], parent, bin
 *                      free chunks of W64_LARGE_MIN bytes or more: tree bin
 *
 * A free chunk's size is repeated in the next chunk's prev_foot (its footer).
 * An in-use chunk has 8 bytes of overhead: its user memory runs from p + 16
 * to p + size + 8, over the next chunk's prev_foot.
 *
 * One struct describes every chunk, large or small, so the compiler's
 * type-based alias analysis sees one type for all chunk headers; small
 * chunks simply never touch the fields past bk.  In a wasm32 build
 * (size_t of 4 bytes) the two header words keep their 8-byte slots, so
 * the layout above holds for both widths.
 */
struct w64_chunk {
	size_t prev_foot;
#if __SIZEOF_SIZE_T__ == 4 /* wasm32: the same 8-byte header words */
	size_t prev_foot_high;
#endif
	size_t head;
#if __SIZEOF_SIZE_T__ == 4
	size_t head_high;
#endif
	struct w64_chunk *fd;
	struct w64_chunk *bk;
	struct w64_chunk *child[2];
	struct w64_chunk *parent;
	size_t bin; /* tree bin index, or W64_RING_ONLY */
};

#define W64_PINUSE ((size_t)1)
#define W64_CINUSE ((size_t)2)
/* Set only while __w64_malloc_check runs, on chunks it has seen in a bin. */
#define W64_CHECK_MARK ((size_t)8)
#define W64_FLAG_BITS ((size_t)15)

#define W64_ALIGN ((size_t)16)
#define W64_CHUNK_HEADER ((size_t)16) /* chunk address to user memory */
#define W64_INUSE_OVERHEAD ((size_t)8)
#define W64_MIN_CHUNK ((size_t)32)

/*
 * Requests above this fail at once with ENOMEM.  It is far beyond any
 * memory (a wasm64 memory holds at most 2^48 bytes in practice), and it
 * keeps every size computation below free of overflow: request + overhead +
 * alignment + segment overhead + page rounding stays under SIZE_MAX.
 */
#define W64_MAX_REQUEST (SIZE_MAX >> 2)

/* Tree bin members that are not trie nodes (they hang off a node's ring). */
#define W64_RING_ONLY (~(size_t)0)

static inline size_t w64_chunk_size(const struct w64_chunk *p)
{
	return p->head & ~W64_FLAG_BITS;
}

static inline struct w64_chunk *w64_chunk_at(const struct w64_chunk *p, size_t offset)
{
	return (struct w64_chunk *)((char *)p + offset);
}

static inline void *w64_chunk_to_mem(const struct w64_chunk *p)
{
	return (char *)p + W64_CHUNK_HEADER;
}

static inline struct w64_chunk *w64_mem_to_chunk(const void *mem)
{
	return (struct w64_chunk *)((char *)mem - W64_CHUNK_HEADER);
}

/* The chunk size serving a request of n bytes (n <= W64_MAX_REQUEST). */
static inline size_t w64_request_size(size_t n)
{
	if (n < W64_MIN_CHUNK - W64_INUSE_OVERHEAD)
		return W64_MIN_CHUNK;
	return (n + W64_INUSE_OVERHEAD + W64_ALIGN - 1) & ~(W64_ALIGN - 1);
}

/* --- bins ------------------------------------------------------------------- */

/*
 * Small bins hold free chunks of one exact size each: bin i holds size
 * 16 * i, for sizes 32 … 1008 (bins 0 and 1 stay empty).  Larger free chunks
 * go to 64 tree bins, two per power of two: bin 2k holds sizes in
 * [2^(k+10), 1.5 * 2^(k+10)), bin 2k+1 [1.5 * 2^(k+10), 2^(k+11)); bin 63
 * also takes everything larger.
 */
#define W64_SMALL_BINS 64
#define W64_TREE_BINS 64
#define W64_LARGE_MIN ((size_t)1024)

static inline unsigned w64_small_index(size_t size)
{
	return (unsigned)(size >> 4);
}

static inline unsigned w64_tree_index(size_t size)
{
	size_t x = size >> 10;
	unsigned k = 63u - (unsigned)__builtin_clzll((unsigned long long)x);
	if (k >= 32)
		return W64_TREE_BINS - 1;
	return 2 * k + (unsigned)((size >> (k + 9)) & 1);
}

/* The top bit of a size_t (63, or 31 in a wasm32 build). */
#define W64_SIZE_TOP_BIT (sizeof(size_t) * 8 - 1)

/*
 * The trie of tree bin i branches on the size bits below the two that
 * decide the bin, most significant first; shifting the size left by this
 * puts the first of them at W64_SIZE_TOP_BIT.  The last bin has no common
 * prefix and branches on all the bits (wasm32 sizes never reach it).
 */
static inline unsigned w64_tree_shift(unsigned bin)
{
	if (bin == W64_TREE_BINS - 1)
		return 0;
	return (unsigned)W64_SIZE_TOP_BIT - 8 - (bin >> 1);
}

/* --- segments --------------------------------------------------------------- */

/*
 * A segment is one run of pages the heap grew itself, contiguous in memory.
 * The record sits at its first byte; the chunks follow; the last 16 bytes
 * are a fence: a chunk header of size 0 marked in use, so coalescing never
 * runs past the end into pages that belong to someone else.  Pages grown
 * right after a segment's end extend it (the fence moves to the new end).
 */
struct w64_segment {
	char *end;                /* one past the segment's last byte */
	struct w64_segment *next; /* the previous (lower) segment */
	size_t pad[2];            /* keeps the first chunk 16-aligned */
};

#define W64_FENCE_SIZE ((size_t)16)
#define W64_SEGMENT_OVERHEAD (sizeof(struct w64_segment) + W64_FENCE_SIZE)

static inline struct w64_chunk *w64_segment_first(const struct w64_segment *s)
{
	return (struct w64_chunk *)((char *)s + sizeof *s);
}

static inline struct w64_chunk *w64_segment_fence(const struct w64_segment *s)
{
	return (struct w64_chunk *)(s->end - W64_FENCE_SIZE);
}

/* --- the heap ---------------------------------------------------------------- */

struct w64_heap {
	uint64_t smallmap; /* bit i: small bin i is not empty */
	uint64_t treemap;  /* bit i: tree bin i is not empty */
	/*
	 * The designated victim: the remainder of the last chunk split for a
	 * small request, kept out of the bins and used first for the next
	 * small requests that fit, so runs of small allocations are carved
	 * from one place.  NULL when there is none.
	 */
	struct w64_chunk *dv;
	size_t dv_size;
	/* The free chunk at the end of the newest segment (NULL before the
	 * first grow); always at least W64_MIN_CHUNK bytes, never in a bin. */
	struct w64_chunk *top;
	size_t top_size;
	struct w64_segment *segments; /* newest first; top is in the newest */
	size_t footprint;             /* bytes in all segments */
	/* List heads: only fd and bk are used, and only while the bin's bit
	 * in smallmap is set (an empty bin's pointers are stale). */
	struct w64_chunk small_bins[W64_SMALL_BINS];
	struct w64_chunk *tree_bins[W64_TREE_BINS];
};

W64_HIDDEN extern struct w64_heap __w64_heap;

/* --- entry points -------------------------------------------------------- */

/* malloc: NULL with errno ENOMEM on failure. */
W64_HIDDEN void *__w64_heap_alloc(size_t n);

/* `align` is a power of two greater than 16.  NULL with errno ENOMEM. */
W64_HIDDEN void *__w64_heap_alloc_aligned(size_t align, size_t n);

W64_HIDDEN void __w64_heap_free(void *mem);

/*
 * Resize the block at mem to n bytes without moving it: shrink, or grow into
 * the free chunk after it or into top (growing the memory when top is
 * next and too small).  Returns 1 when done, 0 when the block must move
 * (then nothing has changed, except perhaps a grown top).
 */
W64_HIDDEN int __w64_heap_resize(void *mem, size_t n);

/* The in-use chunk of mem, after checking it looks like one (aborts if not). */
W64_HIDDEN struct w64_chunk *__w64_heap_chunk_of(void *mem, const char *caller);

/* Report heap corruption or a bad pointer on stderr and abort. */
W64_HIDDEN __attribute__((noreturn)) void __w64_heap_corrupt(const char *caller,
							     const char *what);

/* --- the consistency checker (tests) --------------------------------------- */

struct w64_malloc_stats {
	size_t segments;
	size_t footprint;     /* bytes in all segments */
	size_t inuse_chunks;
	size_t inuse_bytes;   /* chunk sizes, headers included */
	size_t free_chunks;   /* binned + dv + top */
	size_t free_bytes;
	size_t top_size;
};

/*
 * Walk the whole heap and check every invariant (README.md, "What the
 * checker verifies").  Returns NULL when the heap is consistent, else a
 * static description of the first problem found.  `stats` may be NULL.
 */
W64_HIDDEN const char *__w64_malloc_check(struct w64_malloc_stats *stats);

#undef W64_HIDDEN

#endif
