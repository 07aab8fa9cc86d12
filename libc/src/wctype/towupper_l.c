#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

wint_t towupper_l(wint_t c, locale_t l)
{
	return __w64_wc_case(c, 0, __w64_locale_ctype_utf8(l));
}
