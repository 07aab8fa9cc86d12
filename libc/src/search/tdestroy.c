#include <search.h>
#include <stdlib.h>

#include "w64_search.h"

/* GNU: frees every node, calling free_node on each key first. */
void tdestroy(void *root, void (*free_node)(void *))
{
	struct w64_tnode *n = root;
	if (n == NULL)
		return;
	tdestroy(n->child[0], free_node);
	tdestroy(n->child[1], free_node);
	if (free_node != NULL)
		free_node((void *)n->key);
	free(n);
}
