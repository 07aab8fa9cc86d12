#include <wctype.h>

#include "w64_locale.h"
#include "w64_wctype.h"

/* A null mapping (wctrans of an unknown name) leaves c as it is. */
wint_t towctrans(wint_t c, wctrans_t t)
{
	return t == 0 ? c : __w64_wc_case(c, *t, __w64_ctype_utf8);
}
