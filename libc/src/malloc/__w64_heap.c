/*
 * The allocator's engine, after Doug Lea's dlmalloc design (written here
 * from the design, not from its code): boundary-tag chunks, exact-size small
 * bins, bitwise-trie tree bins, a designated victim, a top chunk grown with
 * memory.grow, and segments for pages that are not contiguous.  The layout
 * and invariants are described in README.md and w64_malloc.h.
 *
 * Single-threaded, like the rest of the libc.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_malloc.h"

struct w64_heap __w64_heap;

#define H __w64_heap

static inline uint64_t bit(unsigned i)
{
	return (uint64_t)1 << i;
}

/* Bits strictly above bit i. */
static inline uint64_t bits_above(unsigned i)
{
	return (~(uint64_t)0 << i) << 1;
}

static inline unsigned lowest_bit(uint64_t x)
{
	return (unsigned)__builtin_ctzll(x);
}

static void *out_of_memory(void)
{
	__w64_set_errno(ENOMEM);
	return NULL;
}

void __w64_heap_corrupt(const char *caller, const char *what)
{
	static const char prefix[] = "malloc: ";
	write(STDERR_FILENO, prefix, sizeof prefix - 1);
	write(STDERR_FILENO, caller, strlen(caller));
	write(STDERR_FILENO, ": ", 2);
	write(STDERR_FILENO, what, strlen(what));
	write(STDERR_FILENO, "\n", 1);
	abort();
}

/* Free chunk p of `size` bytes: the header says free, the footer says size. */
static inline void set_free_chunk(struct w64_chunk *p, size_t size)
{
	p->head = size | W64_PINUSE;
	w64_chunk_at(p, size)->prev_foot = size;
}

/* --- small bins ------------------------------------------------------------- */

static void small_insert(struct w64_chunk *p, size_t size)
{
	unsigned i = w64_small_index(size);
	struct w64_chunk *bin = &H.small_bins[i];
	if (!(H.smallmap & bit(i))) {
		H.smallmap |= bit(i);
		bin->fd = bin->bk = bin;
	}
	/* At the front: the most recently freed chunk is reused first. */
	struct w64_chunk *first = bin->fd;
	p->fd = first;
	p->bk = bin;
	first->bk = p;
	bin->fd = p;
}

static void small_unlink(struct w64_chunk *p, size_t size)
{
	struct w64_chunk *f = p->fd, *b = p->bk;
	if (f->bk != p || b->fd != p)
		__w64_heap_corrupt("free list", "corrupted small bin links");
	f->bk = b;
	b->fd = f;
	/* Only the list head can be both neighbours of the last member. */
	if (f == b)
		H.smallmap &= ~bit(w64_small_index(size));
}

/* --- tree bins -------------------------------------------------------------- */

static void tree_insert(struct w64_chunk *x, size_t size)
{
	unsigned i = w64_tree_index(size);
	x->child[0] = x->child[1] = NULL;
	if (!(H.treemap & bit(i))) {
		H.treemap |= bit(i);
		H.tree_bins[i] = x;
		x->parent = NULL;
		x->bin = i;
		x->fd = x->bk = x;
		return;
	}
	struct w64_chunk *t = H.tree_bins[i];
	size_t key = size << w64_tree_shift(i);
	for (;;) {
		if (w64_chunk_size(t) == size) {
			/* Same size as a node: join its ring, stay out of the trie. */
			struct w64_chunk *f = t->fd;
			t->fd = x;
			f->bk = x;
			x->fd = f;
			x->bk = t;
			x->parent = NULL;
			x->bin = W64_RING_ONLY;
			return;
		}
		unsigned dir = (unsigned)(key >> W64_SIZE_TOP_BIT);
		key <<= 1;
		if (t->child[dir] == NULL) {
			t->child[dir] = x;
			x->parent = t;
			x->bin = i;
			x->fd = x->bk = x;
			return;
		}
		t = t->child[dir];
	}
}

static void tree_unlink(struct w64_chunk *x)
{
	struct w64_chunk *f = x->fd, *b = x->bk;
	if (f->bk != x || b->fd != x)
		__w64_heap_corrupt("free list", "corrupted tree bin ring");
	if (x->bin == W64_RING_ONLY) {
		f->bk = b;
		b->fd = f;
		return;
	}

	/*
	 * x is a trie node.  Its replacement r: another chunk of the same size
	 * from its ring if there is one, else any leaf below it (every chunk
	 * below a node shares the bits of the node's position, so a leaf may
	 * take its place), else nothing.
	 */
	unsigned i = (unsigned)x->bin;
	struct w64_chunk *r = NULL;
	if (f != x) {
		f->bk = b;
		b->fd = f;
		r = f;
	} else if (x->child[0] != NULL || x->child[1] != NULL) {
		r = x->child[1] != NULL ? x->child[1] : x->child[0];
		while (r->child[1] != NULL || r->child[0] != NULL)
			r = r->child[1] != NULL ? r->child[1] : r->child[0];
		struct w64_chunk *rp = r->parent;
		rp->child[rp->child[1] == r ? 1 : 0] = NULL;
	}

	struct w64_chunk *xp = x->parent;
	if (r != NULL) {
		r->parent = xp;
		r->bin = i;
		for (unsigned d = 0; d < 2; d++) {
			r->child[d] = x->child[d];
			if (r->child[d] != NULL)
				r->child[d]->parent = r;
		}
	}
	if (xp == NULL) {
		H.tree_bins[i] = r;
		if (r == NULL)
			H.treemap &= ~bit(i);
	} else {
		xp->child[xp->child[1] == x ? 1 : 0] = r;
	}
}

static void insert_chunk(struct w64_chunk *p, size_t size)
{
	if (size < W64_LARGE_MIN)
		small_insert(p, size);
	else
		tree_insert(p, size);
}

static void unlink_chunk(struct w64_chunk *p, size_t size)
{
	if (size < W64_LARGE_MIN)
		small_unlink(p, size);
	else
		tree_unlink(p);
}

/* The smallest chunk of the trie under t (t may be NULL), or NULL. */
static struct w64_chunk *tree_min(struct w64_chunk *t)
{
	struct w64_chunk *best = NULL;
	size_t best_size = SIZE_MAX;
	/* Everything under child[0] is smaller than everything under
	 * child[1]; a node itself may be any size of its subtree. */
	while (t != NULL) {
		size_t s = w64_chunk_size(t);
		if (s < best_size) {
			best = t;
			best_size = s;
		}
		t = t->child[0] != NULL ? t->child[0] : t->child[1];
	}
	return best;
}

/*
 * The best fit (smallest chunk of at least nb bytes) among the tree bins,
 * or NULL.  Walks the trie of nb's bin along nb's bits; every node on the
 * way is a candidate, and whenever the walk goes left, the right subtree it
 * skips holds only chunks larger than nb: the deepest such subtree holds the
 * smallest of them.  If the bin has nothing that fits, the smallest chunk of
 * the next non-empty bin.
 */
static struct w64_chunk *tree_best_fit(size_t nb)
{
	unsigned i = w64_tree_index(nb);
	struct w64_chunk *best = NULL;
	size_t best_rest = SIZE_MAX;
	struct w64_chunk *t = H.tree_bins[i];

	if (H.treemap & bit(i)) {
		struct w64_chunk *skipped = NULL;
		size_t key = nb << w64_tree_shift(i);
		while (t != NULL) {
			size_t s = w64_chunk_size(t);
			if (s >= nb && s - nb < best_rest) {
				best = t;
				best_rest = s - nb;
				if (best_rest == 0)
					return best;
			}
			struct w64_chunk *right = t->child[1];
			t = t->child[key >> W64_SIZE_TOP_BIT];
			if (right != NULL && right != t)
				skipped = right;
			key <<= 1;
		}
		t = skipped;
	} else {
		t = NULL;
	}
	if (t == NULL && best == NULL) {
		uint64_t above = H.treemap & bits_above(i);
		if (above != 0)
			t = H.tree_bins[lowest_bit(above)];
	}
	struct w64_chunk *m = tree_min(t);
	if (m != NULL && w64_chunk_size(m) - nb < best_rest)
		best = m;
	return best;
}

/* --- splitting and using chunks -------------------------------------------- */

/* Make free chunk r of rs bytes the designated victim; the old one is binned. */
static void replace_dv(struct w64_chunk *r, size_t rs)
{
	if (H.dv != NULL)
		insert_chunk(H.dv, H.dv_size);
	H.dv = r;
	H.dv_size = rs;
}

/* Mark all `size` bytes of the (unlinked) free chunk p in use. */
static void use_whole(struct w64_chunk *p, size_t size)
{
	p->head = size | W64_CINUSE | (p->head & W64_PINUSE);
	w64_chunk_at(p, size)->head |= W64_PINUSE;
}

/* Take the first nb bytes of the (unlinked) free chunk p of `size` bytes,
 * size - nb >= W64_MIN_CHUNK; returns the free remainder. */
static struct w64_chunk *split(struct w64_chunk *p, size_t size, size_t nb)
{
	p->head = nb | W64_CINUSE | (p->head & W64_PINUSE);
	struct w64_chunk *r = w64_chunk_at(p, nb);
	set_free_chunk(r, size - nb);
	return r;
}

static struct w64_chunk *use_top(size_t nb)
{
	struct w64_chunk *p = H.top;
	size_t rest = H.top_size - nb;
	p->head = nb | W64_CINUSE | (p->head & W64_PINUSE);
	H.top = w64_chunk_at(p, nb);
	H.top_size = rest;
	H.top->head = rest | W64_PINUSE;
	return p;
}

static struct w64_chunk *use_dv(size_t nb)
{
	struct w64_chunk *p = H.dv;
	size_t size = H.dv_size;
	if (size - nb >= W64_MIN_CHUNK) {
		H.dv = split(p, size, nb);
		H.dv_size = size - nb;
	} else {
		H.dv = NULL;
		H.dv_size = 0;
		use_whole(p, size);
	}
	return p;
}

/* Take nb bytes from tree chunk p; a remainder goes to the dv (small
 * requests, for locality) or to the bins. */
static struct w64_chunk *use_tree_chunk(struct w64_chunk *p, size_t nb, int remainder_to_dv)
{
	size_t size = w64_chunk_size(p);
	tree_unlink(p);
	if (size - nb < W64_MIN_CHUNK) {
		use_whole(p, size);
		return p;
	}
	struct w64_chunk *r = split(p, size, nb);
	if (remainder_to_dv)
		replace_dv(r, size - nb);
	else
		insert_chunk(r, size - nb);
	return p;
}

/* --- growing ------------------------------------------------------------- */

/* Whether the next grow will continue the newest segment: nobody else has
 * grown the memory since we last did. */
static int top_is_extendable(void)
{
	return H.segments != NULL && (void *)H.segments->end == __w64_host_memory_end();
}

/*
 * Grow the memory so that top can serve nb bytes (top_size >= nb +
 * W64_MIN_CHUNK afterwards).  Pages that continue the newest segment extend
 * it and top, so only the shortfall is grown; otherwise the pages start a new
 * segment (with room for its record and fence) and the old top becomes an
 * ordinary free chunk.  Returns 0, or -1 when the host refuses.
 * nb <= 2 * W64_MAX_REQUEST, so nothing here overflows.
 */
static int grow_heap(size_t nb)
{
	/* Two tries: in case pages that should have continued the segment
	 * (nobody else grew in between) did not, and made a segment too
	 * small for the shortfall. */
	for (int attempt = 0; attempt < 2; attempt++) {
		size_t need = nb + W64_MIN_CHUNK;
		if (top_is_extendable())
			need -= H.top_size; /* top_size < nb + W64_MIN_CHUNK */
		else
			need += W64_SEGMENT_OVERHEAD;
		size_t pages = need / W64_PAGE_SIZE + (need % W64_PAGE_SIZE != 0);
		char *base = __w64_host_memory_grow(pages);
		if (base == NULL)
			return -1;
		size_t bytes = pages * W64_PAGE_SIZE;
		H.footprint += bytes;

		struct w64_segment *seg = H.segments;
		if (seg != NULL && base == seg->end) {
			/* The old fence becomes part of top. */
			seg->end += bytes;
			H.top_size += bytes;
			H.top->head = H.top_size | (H.top->head & W64_PINUSE);
			w64_segment_fence(seg)->head = W64_CINUSE;
		} else {
			if (H.top != NULL) {
				/* Top is free and follows an in-use chunk; its
				 * fence already says so, it lacks a footer. */
				set_free_chunk(H.top, H.top_size);
				insert_chunk(H.top, H.top_size);
			}
			seg = (struct w64_segment *)(void *)base;
			seg->end = base + bytes;
			seg->next = H.segments;
			H.segments = seg;
			H.top = w64_segment_first(seg);
			H.top_size = bytes - W64_SEGMENT_OVERHEAD;
			H.top->head = H.top_size | W64_PINUSE;
			w64_segment_fence(seg)->head = W64_CINUSE;
		}
		if (H.top_size >= nb + W64_MIN_CHUNK)
			return 0;
	}
	return -1;
}

/* --- allocation ----------------------------------------------------------- */

/* An in-use chunk of at least nb bytes (a multiple of 16, at least
 * W64_MIN_CHUNK, at most 2 * W64_MAX_REQUEST), or NULL. */
static struct w64_chunk *alloc_chunk(size_t nb)
{
	if (nb < W64_LARGE_MIN) {
		unsigned i = w64_small_index(nb);
		uint64_t bits = H.smallmap >> i;
		if (bits & 3) {
			/* Exact fit, or 16 bytes more: too little to split off. */
			i += (unsigned)(~bits & 1);
			struct w64_chunk *p = H.small_bins[i].fd;
			size_t size = (size_t)i << 4;
			small_unlink(p, size);
			use_whole(p, size);
			return p;
		}
		if (nb > H.dv_size) {
			if (bits != 0) {
				/* The smallest larger small chunk; at least 32
				 * bytes are left, and become the dv. */
				i += lowest_bit(bits);
				struct w64_chunk *p = H.small_bins[i].fd;
				size_t size = (size_t)i << 4;
				small_unlink(p, size);
				replace_dv(split(p, size, nb), size - nb);
				return p;
			}
			if (H.treemap != 0) {
				struct w64_chunk *t = H.tree_bins[lowest_bit(H.treemap)];
				return use_tree_chunk(tree_min(t), nb, 1);
			}
		}
	} else if (H.treemap != 0) {
		struct w64_chunk *p = tree_best_fit(nb);
		/* Unless the dv fits more tightly (dv_size - nb wraps to a huge
		 * value when the dv is too small). */
		if (p != NULL && w64_chunk_size(p) - nb < H.dv_size - nb)
			return use_tree_chunk(p, nb, 0);
	}

	if (nb <= H.dv_size)
		return use_dv(nb);
	if (H.top == NULL || H.top_size < nb + W64_MIN_CHUNK) {
		if (grow_heap(nb) != 0)
			return NULL;
	}
	return use_top(nb);
}

void *__w64_heap_alloc(size_t n)
{
	if (n > W64_MAX_REQUEST)
		return out_of_memory();
	struct w64_chunk *p = alloc_chunk(w64_request_size(n));
	if (p == NULL)
		return out_of_memory();
	return w64_chunk_to_mem(p);
}

/* --- freeing -------------------------------------------------------------- */

/* Free in-use chunk p, coalescing with free neighbours. */
static void free_chunk(struct w64_chunk *p)
{
	size_t size = w64_chunk_size(p);
	struct w64_chunk *next = w64_chunk_at(p, size);

	if (!(p->head & W64_PINUSE)) {
		size_t prev_size = p->prev_foot;
		struct w64_chunk *prev = (struct w64_chunk *)((char *)p - prev_size);
		/* The previous chunk cannot be top: top is last in its segment. */
		if (prev != H.dv)
			unlink_chunk(prev, prev_size);
		p = prev;
		size += prev_size;
	}

	if (!(next->head & W64_CINUSE)) {
		if (next == H.top) {
			H.top = p;
			H.top_size += size;
			p->head = H.top_size | W64_PINUSE;
			if (p == H.dv) {
				H.dv = NULL;
				H.dv_size = 0;
			}
			return;
		}
		size_t next_size = w64_chunk_size(next);
		if (next == H.dv) {
			/* p grows into the dv, and takes over its role. */
			H.dv = p;
		} else {
			unlink_chunk(next, next_size);
		}
		size += next_size;
	} else {
		next->head &= ~W64_PINUSE;
	}

	set_free_chunk(p, size);
	if (p == H.dv)
		H.dv_size = size;
	else
		insert_chunk(p, size);
}

struct w64_chunk *__w64_heap_chunk_of(void *mem, const char *caller)
{
	if (((uintptr_t)mem & (W64_ALIGN - 1)) != 0)
		__w64_heap_corrupt(caller, "pointer not from malloc (misaligned)");
	struct w64_chunk *p = w64_mem_to_chunk(mem);
	if (!(p->head & W64_CINUSE))
		__w64_heap_corrupt(caller, "pointer not in use (double free?)");
	size_t size = w64_chunk_size(p);
	if (size < W64_MIN_CHUNK || !(w64_chunk_at(p, size)->head & W64_PINUSE))
		__w64_heap_corrupt(caller, "pointer not from malloc, or heap corrupted");
	return p;
}

void __w64_heap_free(void *mem)
{
	free_chunk(__w64_heap_chunk_of(mem, "free"));
}

/*
 * Give the tail of in-use chunk p (`size` bytes) back, keeping nb bytes,
 * when the tail is big enough to be a chunk.
 */
static void trim_tail(struct w64_chunk *p, size_t size, size_t nb)
{
	if (size - nb < W64_MIN_CHUNK)
		return;
	p->head = nb | W64_CINUSE | (p->head & W64_PINUSE);
	struct w64_chunk *r = w64_chunk_at(p, nb);
	r->head = (size - nb) | W64_CINUSE | W64_PINUSE;
	free_chunk(r);
}

/* --- aligned allocation ------------------------------------------------------ */

void *__w64_heap_alloc_aligned(size_t align, size_t n)
{
	if (n > W64_MAX_REQUEST || align > W64_MAX_REQUEST)
		return out_of_memory();
	size_t nb = w64_request_size(n);
	/*
	 * Over-allocate so that an aligned address with room for a free
	 * chunk before it exists inside, then give back both ends.
	 */
	struct w64_chunk *p = alloc_chunk(nb + align + W64_MIN_CHUNK);
	if (p == NULL)
		return out_of_memory();
	size_t size = w64_chunk_size(p);
	uintptr_t mem = (uintptr_t)w64_chunk_to_mem(p);

	if (mem % align != 0) {
		uintptr_t aligned = (mem + align - 1) & ~(uintptr_t)(align - 1);
		if (aligned - mem < W64_MIN_CHUNK)
			aligned += align;
		size_t lead = (size_t)(aligned - mem);
		struct w64_chunk *q = w64_chunk_at(p, lead);
		q->head = (size - lead) | W64_CINUSE | W64_PINUSE;
		p->head = lead | W64_CINUSE | (p->head & W64_PINUSE);
		free_chunk(p);
		p = q;
		size -= lead;
	}
	trim_tail(p, size, nb);
	return w64_chunk_to_mem(p);
}

/* --- resizing in place ---------------------------------------------------- */

int __w64_heap_resize(void *mem, size_t n)
{
	struct w64_chunk *p = __w64_heap_chunk_of(mem, "realloc");
	if (n > W64_MAX_REQUEST)
		return 0;
	size_t nb = w64_request_size(n);
	size_t size = w64_chunk_size(p);

	if (size >= nb) {
		trim_tail(p, size, nb);
		return 1;
	}

	struct w64_chunk *next = w64_chunk_at(p, size);
	if (next == H.top && size + H.top_size < nb + W64_MIN_CHUNK && top_is_extendable()) {
		/* Growing the memory extends top: the block grows in place.
		 * (When someone else grew the memory last, new pages would
		 * start a new segment, and moving the block is the only way.) */
		if (grow_heap(nb - size) != 0)
			return 0;
	}
	if (next == H.top) {
		if (size + H.top_size < nb + W64_MIN_CHUNK)
			return 0;
		size_t rest = size + H.top_size - nb;
		p->head = nb | W64_CINUSE | (p->head & W64_PINUSE);
		H.top = w64_chunk_at(p, nb);
		H.top_size = rest;
		H.top->head = rest | W64_PINUSE;
		return 1;
	}
	if (next->head & W64_CINUSE)
		return 0;

	size_t next_size = w64_chunk_size(next);
	if (size + next_size < nb)
		return 0;
	if (next == H.dv) {
		H.dv = NULL;
		H.dv_size = 0;
	} else {
		unlink_chunk(next, next_size);
	}
	size += next_size;
	p->head = size | W64_CINUSE | (p->head & W64_PINUSE);
	w64_chunk_at(p, size)->head |= W64_PINUSE;
	trim_tail(p, size, nb);
	return 1;
}
