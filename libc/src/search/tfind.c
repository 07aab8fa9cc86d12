#include <search.h>

#include "w64_search.h"

void *tfind(const void *key, void *const *rootp, int (*cmp)(const void *, const void *))
{
	if (rootp == NULL)
		return NULL;
	struct w64_tnode *n = *rootp;
	while (n != NULL) {
		int c = cmp(key, n->key);
		if (c == 0)
			return n;
		n = n->child[c > 0];
	}
	return NULL;
}
