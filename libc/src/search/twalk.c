#include <search.h>

#include "w64_search.h"

static void walk(const struct w64_tnode *n, void (*action)(const void *, VISIT, int), int depth)
{
	if (n->child[0] == NULL && n->child[1] == NULL) {
		action(n, leaf, depth);
		return;
	}
	action(n, preorder, depth);
	if (n->child[0] != NULL)
		walk(n->child[0], action, depth + 1);
	action(n, postorder, depth);
	if (n->child[1] != NULL)
		walk(n->child[1], action, depth + 1);
	action(n, endorder, depth);
}

/* Visits every node, in order: an inner node before, between and after
 * its subtrees (preorder, postorder, endorder), a leaf once; the root is
 * at depth 0.  The recursion is as deep as the tree (about 1.44 log2 n). */
void twalk(const void *root, void (*action)(const void *, VISIT, int))
{
	if (root != NULL && action != NULL)
		walk(root, action, 0);
}
