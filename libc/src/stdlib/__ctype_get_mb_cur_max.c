#include <stdlib.h>

#include "w64_locale.h"

/* MB_CUR_MAX: the longest multibyte character of the current LC_CTYPE. */
size_t __ctype_get_mb_cur_max(void)
{
	return __w64_ctype_utf8 ? 4 : 1;
}
