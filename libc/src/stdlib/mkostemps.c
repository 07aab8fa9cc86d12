#include <stdlib.h>

#include "w64_tmp.h"

int mkostemps(char *template, int suffix_len, int flags)
{
	return __w64_mktemp(template, suffix_len < 0 ? (size_t)-1 : (size_t)suffix_len, flags);
}
