#include <search.h>

#include "w64_search.h"

ENTRY *hsearch(ENTRY item, ACTION action)
{
	ENTRY *found;
	hsearch_r(item, action, &found, &__w64_htab_global);
	return found;
}
