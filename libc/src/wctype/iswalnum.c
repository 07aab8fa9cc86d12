#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

int iswalnum(wint_t c)
{
	return __w64_wc_is(c, W64_WCTYPE_ALNUM, __w64_ctype_utf8);
}
