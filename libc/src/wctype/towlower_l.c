#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

wint_t towlower_l(wint_t c, locale_t l)
{
	return __w64_wc_case(c, 1, __w64_locale_ctype_utf8(l));
}
