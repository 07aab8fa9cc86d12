#include <errno.h>
#include <search.h>
#include <stdint.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_search.h"

/* A table for about nel entries (it grows past that when needed);
 * nonzero on success. */
int hcreate_r(size_t nel, struct hsearch_data *htab)
{
	if (htab == NULL) {
		__w64_set_errno(EINVAL);
		return 0;
	}
	size_t slots = 8;
	while (slots / 4 * 3 < nel) {
		if (slots > SIZE_MAX / 2 / sizeof(ENTRY)) {
			__w64_set_errno(ENOMEM);
			return 0;
		}
		slots *= 2;
	}
	struct __w64_htab *t = malloc(sizeof *t);
	ENTRY *e = calloc(slots, sizeof *e);
	if (t == NULL || e == NULL) {
		free(t);
		free(e);
		__w64_set_errno(ENOMEM);
		return 0;
	}
	t->slots = e;
	t->mask = slots - 1;
	t->used = 0;
	htab->__tab = t;
	return 1;
}
