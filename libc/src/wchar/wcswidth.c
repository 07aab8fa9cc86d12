#include <wchar.h>

#include "w64_locale.h"
#include "w64_wctype.h"

/* The columns of the first n characters (up to a NUL), or -1 if one is
 * not printable. */
int wcswidth(const wchar_t *s, size_t n)
{
	int total = 0;
	for (size_t i = 0; i < n && s[i] != 0; i++) {
		int w = __w64_wc_kind((uint32_t)s[i], __w64_ctype_utf8)->width;
		if (w < 0)
			return -1;
		total += w;
	}
	return total;
}
