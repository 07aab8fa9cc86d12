#ifndef W64_SEARCH_H
#define W64_SEARCH_H

#include <search.h>
#include <stddef.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* hsearch's table: open addressing, linear probing, a power-of-two
 * number of slots kept at most 3/4 full (it grows instead of filling
 * up).  An empty slot has a NULL key. */
struct __w64_htab {
	ENTRY *slots;
	size_t mask; /* slots - 1 */
	size_t used;
};

/* The static table of hcreate, hsearch and hdestroy. */
W64_HIDDEN extern struct hsearch_data __w64_htab_global;

/*
 * The trees of tsearch and friends: AVL trees (heights of the two
 * subtrees differ by at most one, so depth <= 1.44 log2 n).  POSIX lets a
 * program read the key through the node pointer tsearch returns, so the
 * key is the first member.
 */
struct w64_tnode {
	const void *key;
	struct w64_tnode *child[2]; /* left, right */
	int height;                 /* a leaf is 1 */
};

/* Deeper than any AVL tree that fits in memory (1.44 log2 2^64 < 93). */
#define W64_TREE_MAX_DEPTH 96

/* Restores the AVL balance (and the heights) at each of the n nodes
 * *path[n-1], ..., *path[0], deepest first; path[i] is the link that
 * points to the node. */
W64_HIDDEN void __w64_tree_rebalance(struct w64_tnode **path[], int n);

#undef W64_HIDDEN

#endif
