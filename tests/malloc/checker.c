/*
 * The heap checker catches what it claims to: each case below damages one
 * invariant of a small known heap, expects __w64_malloc_check to name that
 * damage, repairs it, and expects a clean check again (so a failed check
 * also cleans up after itself).  Runs natively and in wasm64-run; ends with
 * "N passed, N failed".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "w64_malloc.h"

#define H __w64_heap

/* The check must report exactly `want` (NULL: nothing). */
static int check_says(const char *want)
{
	const char *got = __w64_malloc_check(NULL);
	if (got == want || (got != NULL && want != NULL && strcmp(got, want) == 0))
		return 1;
	check_put("  checker said: ");
	check_put(got != NULL ? got : "(nothing)");
	check_put("\n  expected:     ");
	check_put(want != NULL ? want : "(nothing)");
	check_put("\n");
	return 0;
}

/*
 * Overwrite a word of the heap (a size, flags, a pointer or a bitmap, all
 * 8 bytes, hence memcpy), expect `want`, repair it, expect a clean heap.
 */
#define DAMAGE(lvalue, damaged_value, want) \
	do { \
		_Static_assert(sizeof(lvalue) == sizeof(size_t), "a heap word"); \
		size_t saved_, damaged_ = (size_t)(damaged_value); \
		memcpy(&saved_, &(lvalue), sizeof saved_); \
		memcpy(&(lvalue), &damaged_, sizeof damaged_); \
		CHECK(check_says(want)); \
		memcpy(&(lvalue), &saved_, sizeof saved_); \
		CHECK(check_says(NULL)); \
	} while (0)

/*
 * The chunk header of a block.  The address goes through a volatile so the
 * compiler does not see a read before the start of an allocation (gcc
 * warns, and knows malloc's block bounds from glibc's attributes).
 */
static struct w64_chunk *chunk(void *mem)
{
	volatile uintptr_t address = (uintptr_t)mem;
	return w64_mem_to_chunk((void *)address);
}

int main(void)
{
	CHECK(check_says(NULL));

	/* g0 a g1 big g2, then a and big freed: a small and a tree chunk
	 * with in-use neighbours on both sides. */
	void *g0 = malloc(100);
	void *a = malloc(100);
	void *g1 = malloc(100);
	void *big = malloc(5000);
	void *g2 = malloc(100);
	CHECK(chunk(a) == w64_chunk_at(chunk(g0), w64_chunk_size(chunk(g0))));
	CHECK(chunk(g1) == w64_chunk_at(chunk(a), w64_chunk_size(chunk(a))));
	CHECK(chunk(big) == w64_chunk_at(chunk(g1), w64_chunk_size(chunk(g1))));
	CHECK(chunk(g2) == w64_chunk_at(chunk(big), w64_chunk_size(chunk(big))));
	free(a);
	free(big);
	CHECK(check_says(NULL));

	struct w64_chunk *ca = chunk(a), *cbig = chunk(big), *cg1 = chunk(g1), *cg2 = chunk(g2);
	size_t sa = w64_chunk_size(ca), sbig = w64_chunk_size(cbig);
	unsigned small_bin = w64_small_index(sa), tree_bin = w64_tree_index(sbig);
	CHECK(sa == 112 && sbig == 5008);
	CHECK(H.smallmap & ((uint64_t)1 << small_bin));
	CHECK(H.treemap & ((uint64_t)1 << tree_bin));

	/* Boundary tags. */
	DAMAGE(cg1->prev_foot, sa + 16, "chunk: free chunk's footer differs from its size");
	DAMAGE(cg2->head, cg2->head | W64_PINUSE, "chunk: PINUSE bit does not match the previous chunk");
	DAMAGE(cg1->head, cg1->head & ~W64_CINUSE, "chunk: two free chunks next to each other");
	DAMAGE(ca->head, ca->head | W64_CINUSE, "bin: chunk in a bin is marked in use");
	DAMAGE(cg1->head, (cg1->head & W64_FLAG_BITS) | 16, "chunk: size below the minimum");
	DAMAGE(cg1->head, (cg1->head & W64_FLAG_BITS) | ((size_t)1 << 40),
	       "chunk: runs past the segment's fence");

	/* Bins and bitmaps. */
	DAMAGE(H.smallmap, H.smallmap & ~((uint64_t)1 << small_bin), "chunk: free chunk not in any bin");
	DAMAGE(H.smallmap, H.smallmap | ((uint64_t)1 << 40),
	       "bin: null or misaligned chunk pointer"); /* never-used list head */
	DAMAGE(ca->head, (ca->head & W64_FLAG_BITS) | (sa + 16), "small bin: chunk of the wrong size");
	DAMAGE(ca->bk, (size_t)cg1, "bin: broken fd/bk links");
	DAMAGE(H.treemap, H.treemap & ~((uint64_t)1 << tree_bin), "tree bin: treemap bit does not match the bin");
	DAMAGE(cbig->bin, tree_bin + 1, "tree bin: trie node with a wrong bin index");
	DAMAGE(cbig->head, (cbig->head & W64_FLAG_BITS) | 2048,
	       "tree bin: chunk size belongs to another bin");
	DAMAGE(cbig->parent, (size_t)ca, "tree bin: root has a parent");

	/* Top, segments, totals. */
	DAMAGE(H.top_size, H.top_size + 16, "top: not a free chunk of top_size bytes");
	DAMAGE(H.footprint, H.footprint + W64_PAGE_SIZE,
	       "footprint: segments do not add up to the recorded footprint");
	struct w64_chunk *fence = w64_segment_fence(H.segments);
	DAMAGE(fence->head, 0x1234, "segment: fence header overwritten");
	DAMAGE(H.segments->end, (size_t)H.segments->end + 8, "segment: not a run of whole pages");

	/* A free chunk in two bins: a into big's ring too. */
	struct w64_chunk *saved_fd = cbig->fd, *saved_bk = cbig->bk;
	cbig->fd = cbig->bk = ca;
	CHECK(check_says("bin: broken fd/bk links"));
	cbig->fd = saved_fd;
	cbig->bk = saved_bk;
	CHECK(check_says(NULL));

	/* A trie with depth: chunks of 4096 … 6128 bytes in the same bin,
	 * each between in-use guards; then a misplaced size. */
	enum { N = 64 };
	void *guard[N], *blk[N];
	for (size_t i = 0; i < N; i++) {
		blk[i] = malloc(4096 + 32 * i - 8);
		guard[i] = malloc(16);
	}
	for (size_t i = 0; i < N; i++)
		free(blk[i]);
	CHECK(check_says(NULL));
	struct w64_chunk *deep = NULL;
	for (size_t i = 0; i < N; i++) {
		struct w64_chunk *c = chunk(blk[i]);
		if (c->bin != W64_RING_ONLY && c->parent != NULL && c->parent->parent != NULL)
			deep = c;
	}
	CHECK(deep != NULL);
	if (deep != NULL) {
		/* Flip the size bit that chose its branch under its parent. */
		size_t size = w64_chunk_size(deep);
		unsigned shift = w64_tree_shift(w64_tree_index(size));
		unsigned depth = 0;
		for (struct w64_chunk *c = deep; c->parent != NULL; c = c->parent)
			depth++;
		size_t flipped = size ^ ((size_t)1 << (63 - shift - (depth - 1)));
		CHECK(w64_tree_index(flipped) == w64_tree_index(size));
		DAMAGE(deep->head, (deep->head & W64_FLAG_BITS) | flipped,
		       "tree bin: chunk size does not match its place in the trie");
		DAMAGE(deep->parent, (size_t)deep, "tree bin: child's parent link is wrong");
	}
	for (size_t i = 0; i < N; i++)
		free(guard[i]);

	free(g0);
	free(g1);
	free(g2);
	struct w64_malloc_stats st;
	CHECK(__w64_malloc_check(&st) == NULL);
	CHECK(st.inuse_chunks == 0 && st.free_chunks == st.segments);
	return check_summary();
}
