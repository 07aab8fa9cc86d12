#include <search.h>

#include "w64_search.h"

struct hsearch_data __w64_htab_global;

/* Only one table at a time: a second hcreate fails until hdestroy. */
int hcreate(size_t nel)
{
	if (__w64_htab_global.__tab != NULL)
		return 0;
	return hcreate_r(nel, &__w64_htab_global);
}
