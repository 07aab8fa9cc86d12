#include <errno.h>
#include <search.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_search.h"

/* Frees the table, not the keys or data (they are the caller's). */
void hdestroy_r(struct hsearch_data *htab)
{
	if (htab == NULL) {
		__w64_set_errno(EINVAL);
		return;
	}
	if (htab->__tab != NULL)
		free(htab->__tab->slots);
	free(htab->__tab);
	htab->__tab = NULL;
}
