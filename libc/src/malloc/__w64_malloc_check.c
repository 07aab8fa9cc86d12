/*
 * The heap consistency checker, for tests: one pass over the bins, one over
 * every chunk of every segment, O(heap size).  README.md lists what it
 * verifies.
 *
 * Bin membership is checked with a mark bit in each chunk's header: the bin
 * pass marks every chunk it finds in a bin (meeting a marked chunk again
 * means a chunk is in two bins, or a list loops), and the walk clears the
 * mark of every free chunk it meets and counts them.  Equal counts, and no
 * mark found on an in-use chunk, mean the bins hold exactly the free chunks.
 * When a check fails, the marks it set are cleared by walking the bins again
 * in the same order, as far as the first pass got, so the next check starts
 * clean (tests corrupt the heap on purpose, then repair it).
 */
#include <stddef.h>
#include <stdint.h>

#include "w64_malloc.h"

#define H __w64_heap

struct check {
	size_t binned; /* chunks marked in the bin pass */
	size_t walked; /* marked chunks met in the walk */
};

static int misaligned(const void *p)
{
	return ((uintptr_t)p & (W64_ALIGN - 1)) != 0;
}

/* Checks and marks one free chunk found in a bin. */
static const char *mark_binned(struct check *c, struct w64_chunk *x)
{
	if (x == NULL || misaligned(x))
		return "bin: null or misaligned chunk pointer";
	if (x->head & W64_CHECK_MARK)
		return "bin: chunk met twice (in two bins, or a list loops)";
	if (x->head & W64_CINUSE)
		return "bin: chunk in a bin is marked in use";
	if (x == H.dv || x == H.top)
		return "bin: the dv or top is in a bin";
	if (x->fd->bk != x || x->bk->fd != x)
		return "bin: broken fd/bk links";
	x->head |= W64_CHECK_MARK;
	c->binned++;
	return NULL;
}

static const char *check_small_bins(struct check *c)
{
	for (unsigned i = 0; i < W64_SMALL_BINS; i++) {
		struct w64_chunk *bin = &H.small_bins[i];
		if (!(H.smallmap & ((uint64_t)1 << i)))
			continue;
		if (i < 2)
			return "small bin 0 or 1 (sizes below the minimum chunk) in use";
		if (bin->fd == bin)
			return "small bin: bit set in smallmap but the bin is empty";
		for (struct w64_chunk *x = bin->fd; x != bin; x = x->fd) {
			const char *err = mark_binned(c, x);
			if (err != NULL)
				return err;
			if (w64_chunk_size(x) != (size_t)i << 4)
				return "small bin: chunk of the wrong size";
		}
	}
	return NULL;
}

/*
 * The trie under node t, at `depth` below the root of bin i, reached by the
 * branch bits `path` (the top `depth` bits of a member's shifted size).
 */
static const char *check_tree(struct check *c, struct w64_chunk *t, unsigned i,
			      unsigned depth, uint64_t path)
{
	if (depth > 64)
		return "tree bin: trie deeper than 64 levels";
	size_t size = w64_chunk_size(t);
	if (size < W64_LARGE_MIN || w64_tree_index(size) != i)
		return "tree bin: chunk size belongs to another bin";
	if (t->bin != i)
		return "tree bin: trie node with a wrong bin index";
	uint64_t key = (uint64_t)size << w64_tree_shift(i);
	if (depth > 0 && (key >> (64 - depth)) != path)
		return "tree bin: chunk size does not match its place in the trie";

	/* The node, then the rest of its ring: all of one size, off the trie. */
	const char *err = mark_binned(c, t);
	if (err != NULL)
		return err;
	for (struct w64_chunk *x = t->fd; x != t; x = x->fd) {
		err = mark_binned(c, x);
		if (err != NULL)
			return err;
		if (w64_chunk_size(x) != size)
			return "tree bin: ring member of another size";
		if (x->bin != W64_RING_ONLY || x->parent != NULL)
			return "tree bin: ring member marked as a trie node";
	}

	for (unsigned d = 0; d < 2; d++) {
		struct w64_chunk *child = t->child[d];
		if (child == NULL)
			continue;
		if (misaligned(child) || child->parent != t)
			return "tree bin: child's parent link is wrong";
		err = check_tree(c, child, i, depth + 1, (path << 1) | d);
		if (err != NULL)
			return err;
	}
	return NULL;
}

static const char *check_tree_bins(struct check *c)
{
	for (unsigned i = 0; i < W64_TREE_BINS; i++) {
		struct w64_chunk *root = H.tree_bins[i];
		int bit_set = (H.treemap & ((uint64_t)1 << i)) != 0;
		if (bit_set != (root != NULL))
			return "tree bin: treemap bit does not match the bin";
		if (root == NULL)
			continue;
		if (misaligned(root) || root->parent != NULL)
			return "tree bin: root has a parent";
		const char *err = check_tree(c, root, i, 0, 0);
		if (err != NULL)
			return err;
	}
	return NULL;
}

/* --- clearing the marks after a failed check ------------------------------- */

/* Visits at most *budget bin members, in the order the bin pass took. */
static int unmark(struct w64_chunk *x, size_t *budget)
{
	if (*budget == 0 || x == NULL || misaligned(x))
		return 0;
	x->head &= ~W64_CHECK_MARK;
	--*budget;
	return 1;
}

static int unmark_tree(struct w64_chunk *t, size_t *budget, unsigned depth)
{
	if (depth > 64 || !unmark(t, budget))
		return 0;
	for (struct w64_chunk *x = t->fd; x != t; x = x->fd)
		if (!unmark(x, budget))
			return 0;
	for (unsigned d = 0; d < 2; d++)
		if (t->child[d] != NULL && !unmark_tree(t->child[d], budget, depth + 1))
			return 0;
	return 1;
}

static void unmark_bins(size_t budget)
{
	for (unsigned i = 0; i < W64_SMALL_BINS; i++) {
		struct w64_chunk *bin = &H.small_bins[i];
		if (!(H.smallmap & ((uint64_t)1 << i)))
			continue;
		for (struct w64_chunk *x = bin->fd; x != bin; x = x->fd)
			if (!unmark(x, &budget))
				return;
	}
	for (unsigned i = 0; i < W64_TREE_BINS; i++) {
		struct w64_chunk *root = H.tree_bins[i];
		if (root != NULL && !unmark_tree(root, &budget, 0))
			return;
	}
}

/* --- the heap walk ---------------------------------------------------------- */

static const char *check_segment(struct check *c, const struct w64_segment *seg,
				 struct w64_malloc_stats *st, int *seen_top, int *seen_dv)
{
	const char *first_byte = (const char *)seg;
	/* Segments are whole pages, since they come from memory.grow. */
	if ((uintptr_t)first_byte % W64_PAGE_SIZE != 0 || seg->end <= first_byte ||
	    (size_t)(seg->end - first_byte) % W64_PAGE_SIZE != 0)
		return "segment: not a run of whole pages";
	st->footprint += (size_t)(seg->end - first_byte);

	struct w64_chunk *fence = w64_segment_fence(seg);
	struct w64_chunk *p = w64_segment_first(seg);
	int prev_inuse = 1;
	while (p != fence) {
		size_t size = w64_chunk_size(p);
		if (size < W64_MIN_CHUNK)
			return "chunk: size below the minimum";
		if (size > (size_t)((char *)fence - (char *)p))
			return "chunk: runs past the segment's fence";
		if (((p->head & W64_PINUSE) != 0) != prev_inuse)
			return "chunk: PINUSE bit does not match the previous chunk";
		struct w64_chunk *next = w64_chunk_at(p, size);

		if (p->head & W64_CINUSE) {
			if (p->head & W64_CHECK_MARK)
				return "chunk: an in-use chunk is in a bin";
			st->inuse_chunks++;
			st->inuse_bytes += size;
			prev_inuse = 1;
			p = next;
			continue;
		}

		if (!prev_inuse)
			return "chunk: two free chunks next to each other";
		st->free_chunks++;
		st->free_bytes += size;
		if (p == H.top) {
			if (seg != H.segments || next != fence)
				return "top: not the last chunk of the newest segment";
			if (size != H.top_size)
				return "top: size differs from top_size";
			*seen_top = 1;
		} else {
			if (next->prev_foot != size)
				return "chunk: free chunk's footer differs from its size";
			if (p == H.dv) {
				if (size != H.dv_size)
					return "dv: size differs from dv_size";
				*seen_dv = 1;
			} else {
				if (!(p->head & W64_CHECK_MARK))
					return "chunk: free chunk not in any bin";
				p->head &= ~W64_CHECK_MARK;
				c->walked++;
			}
		}
		prev_inuse = 0;
		p = next;
	}
	if ((fence->head & ~W64_PINUSE) != W64_CINUSE)
		return "segment: fence header overwritten";
	if (((fence->head & W64_PINUSE) != 0) != prev_inuse)
		return "segment: fence's PINUSE bit does not match the last chunk";
	return NULL;
}

static const char *check_heap(struct check *c, struct w64_malloc_stats *st);

const char *__w64_malloc_check(struct w64_malloc_stats *stats)
{
	struct w64_malloc_stats local;
	struct w64_malloc_stats *st = stats != NULL ? stats : &local;
	*st = (struct w64_malloc_stats){0};
	struct check c = {0, 0};
	const char *err = check_heap(&c, st);
	if (err != NULL)
		unmark_bins(c.binned);
	return err;
}

static const char *check_heap(struct check *c, struct w64_malloc_stats *st)
{
	if ((H.dv == NULL) != (H.dv_size == 0))
		return "dv: pointer and size disagree";
	if (H.dv != NULL && (misaligned(H.dv) || H.dv_size < W64_MIN_CHUNK ||
			     w64_chunk_size(H.dv) != H.dv_size || (H.dv->head & W64_CINUSE)))
		return "dv: not a free chunk of dv_size bytes";
	if ((H.segments == NULL) != (H.top == NULL))
		return "top: missing, or present without a segment";
	if (H.top != NULL && (misaligned(H.top) || H.top_size < W64_MIN_CHUNK ||
			      w64_chunk_size(H.top) != H.top_size || (H.top->head & W64_CINUSE)))
		return "top: not a free chunk of top_size bytes";

	const char *err = check_small_bins(c);
	if (err == NULL)
		err = check_tree_bins(c);
	if (err != NULL)
		return err;

	int seen_top = 0, seen_dv = 0;
	const char *above = NULL; /* the start of the newer segment */
	for (const struct w64_segment *seg = H.segments; seg != NULL; seg = seg->next) {
		if (above != NULL && seg->end > above)
			return "segment: overlaps or is above a newer segment";
		err = check_segment(c, seg, st, &seen_top, &seen_dv);
		if (err != NULL)
			return err;
		st->segments++;
		above = (const char *)seg;
	}
	if (H.top != NULL && !seen_top)
		return "top: not found in the newest segment";
	if (H.dv != NULL && !seen_dv)
		return "dv: not found in any segment";
	if (c->walked != c->binned)
		return "bin: holds chunks that are not free chunks of the heap";
	if (st->footprint != H.footprint)
		return "footprint: segments do not add up to the recorded footprint";
	st->top_size = H.top_size;
	return NULL;
}
