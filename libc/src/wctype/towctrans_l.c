#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

wint_t towctrans_l(wint_t c, wctrans_t t, locale_t l)
{
	return t == 0 ? c : __w64_wc_case(c, *t, __w64_locale_ctype_utf8(l));
}
