#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

int iswctype_l(wint_t c, wctype_t type, locale_t l)
{
	return __w64_wc_is(c, type, __w64_locale_ctype_utf8(l));
}
