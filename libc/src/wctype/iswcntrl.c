#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

int iswcntrl(wint_t c)
{
	return __w64_wc_is(c, W64_WCTYPE_CNTRL, __w64_ctype_utf8);
}
