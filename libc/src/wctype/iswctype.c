#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

int iswctype(wint_t c, wctype_t type)
{
	return __w64_wc_is(c, type, __w64_ctype_utf8);
}
