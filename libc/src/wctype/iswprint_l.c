#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

int iswprint_l(wint_t c, locale_t l)
{
	return __w64_wc_is(c, W64_WCTYPE_PRINT, __w64_locale_ctype_utf8(l));
}
