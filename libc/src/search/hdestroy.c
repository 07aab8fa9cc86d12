#include <search.h>

#include "w64_search.h"

void hdestroy(void)
{
	hdestroy_r(&__w64_htab_global);
}
