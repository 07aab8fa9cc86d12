#include <stdlib.h>

#include "w64_tmp.h"

/* The six X come before a suffix of `suffix_len` characters. */
int mkstemps(char *template, int suffix_len)
{
	return __w64_mktemp(template, suffix_len < 0 ? (size_t)-1 : (size_t)suffix_len, 0);
}
