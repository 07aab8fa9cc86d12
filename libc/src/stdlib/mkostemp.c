#include <stdlib.h>

#include "w64_tmp.h"

/* flags: O_APPEND, O_SYNC... (the access mode is always O_RDWR). */
int mkostemp(char *template, int flags)
{
	return __w64_mktemp(template, 0, flags);
}
