#include <search.h>
#include <stdlib.h>

#include "w64_search.h"

/*
 * Removes key from the tree.  Returns the node that was the parent of
 * key's node, rootp itself when key was at the root (POSIX leaves that
 * pointer unspecified, but it must not be NULL), or NULL when key is not
 * in the tree.  A node with two children takes its successor's key and
 * the successor's node goes (so another key's node may be freed, as in
 * glibc).
 */
void *tdelete(const void *restrict key, void **restrict rootp, int (*cmp)(const void *, const void *))
{
	if (rootp == NULL)
		return NULL;
	struct w64_tnode **path[W64_TREE_MAX_DEPTH];
	struct w64_tnode **link = (struct w64_tnode **)rootp;
	int n = 0;

	for (;;) {
		if (*link == NULL)
			return NULL;
		int c = cmp(key, (*link)->key);
		if (c == 0)
			break;
		path[n++] = link;
		link = &(*link)->child[c > 0];
	}
	void *parent = n > 0 ? (void *)*path[n - 1] : (void *)rootp;
	struct w64_tnode *node = *link;
	if (node->child[0] != NULL && node->child[1] != NULL) {
		path[n++] = link;
		struct w64_tnode **succ = &node->child[1];
		while ((*succ)->child[0] != NULL) {
			path[n++] = succ;
			succ = &(*succ)->child[0];
		}
		node->key = (*succ)->key;
		link = succ;
	}
	struct w64_tnode *gone = *link;
	*link = gone->child[gone->child[0] == NULL];
	free(gone);
	__w64_tree_rebalance(path, n);
	return parent;
}
