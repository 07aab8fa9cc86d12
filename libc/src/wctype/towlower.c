#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

wint_t towlower(wint_t c)
{
	return __w64_wc_case(c, 1, __w64_ctype_utf8);
}
