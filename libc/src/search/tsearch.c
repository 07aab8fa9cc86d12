#include <search.h>
#include <stdlib.h>

#include "w64_search.h"

/* Finds key in the tree, or adds it; returns its node (NULL when a new
 * node cannot be allocated). */
void *tsearch(const void *key, void **rootp, int (*cmp)(const void *, const void *))
{
	if (rootp == NULL)
		return NULL;
	struct w64_tnode **path[W64_TREE_MAX_DEPTH];
	struct w64_tnode **link = (struct w64_tnode **)rootp;
	int n = 0;

	while (*link != NULL) {
		int c = cmp(key, (*link)->key);
		if (c == 0)
			return *link;
		path[n++] = link;
		link = &(*link)->child[c > 0];
	}
	struct w64_tnode *node = malloc(sizeof *node);
	if (node == NULL)
		return NULL;
	node->key = key;
	node->child[0] = node->child[1] = NULL;
	node->height = 1;
	*link = node;
	__w64_tree_rebalance(path, n);
	return node;
}
