#include <wchar.h>

#include "w64_locale.h"
#include "w64_wctype.h"

/* Columns on a terminal: 0 for combining and format characters and NUL,
 * 2 for East Asian wide ones, -1 for what is not printable (glibc's
 * C.UTF-8 widths; in "C" only ASCII prints). */
int wcwidth(wchar_t c)
{
	return __w64_wc_kind((uint32_t)c, __w64_ctype_utf8)->width;
}
