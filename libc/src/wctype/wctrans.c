#include <string.h>
#include <wctype.h>

#include "w64_wctype.h"

/* The two mappings both locales define (C11 7.30.3.2.2); 0 for others. */
wctrans_t wctrans(const char *name)
{
	if (strcmp(name, "toupper") == 0)
		return &__w64_wctrans_ids[0];
	if (strcmp(name, "tolower") == 0)
		return &__w64_wctrans_ids[1];
	return 0;
}
