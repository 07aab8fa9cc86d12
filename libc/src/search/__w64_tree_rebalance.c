#include "w64_search.h"

static int height(const struct w64_tnode *n)
{
	return n ? n->height : 0;
}

static void update(struct w64_tnode *n)
{
	int l = height(n->child[0]), r = height(n->child[1]);
	n->height = (l > r ? l : r) + 1;
}

/* Turns the subtree at *link so that its child on side `side` becomes
 * its root. */
static void rotate(struct w64_tnode **link, int side)
{
	struct w64_tnode *n = *link, *c = n->child[side];
	n->child[side] = c->child[!side];
	c->child[!side] = n;
	update(n);
	update(c);
	*link = c;
}

void __w64_tree_rebalance(struct w64_tnode **path[], int n)
{
	while (n-- > 0) {
		struct w64_tnode **link = path[n], *node = *link;
		int balance = height(node->child[1]) - height(node->child[0]);
		if (balance > 1 || balance < -1) {
			int side = balance > 0; /* the taller side */
			struct w64_tnode *c = node->child[side];
			/* A zig-zag becomes a zig-zig first. */
			if (height(c->child[!side]) > height(c->child[side]))
				rotate(&node->child[side], !side);
			rotate(link, side);
		} else {
			update(node);
		}
	}
}
