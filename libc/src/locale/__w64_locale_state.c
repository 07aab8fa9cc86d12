#include "w64_locale.h"

/* Every program starts in the "C" locale (C11 7.11.1.1p4), all
 * categories, following the global locale. */
int __w64_ctype_utf8;
unsigned __w64_global_utf8;
locale_t __w64_thread_locale;

#define W64_L4(b) {(b)}, {(b) + 1}, {(b) + 2}, {(b) + 3}
#define W64_L16(b) W64_L4(b), W64_L4((b) + 4), W64_L4((b) + 8), W64_L4((b) + 12)
const struct __locale_struct __w64_locales[W64_LC_ALL_BITS + 1] = {
	W64_L16(0), W64_L16(16), W64_L16(32), W64_L16(48),
};
_Static_assert(W64_LC_ALL_BITS + 1 == 64, "one object per combination of six categories");

void __w64_locale_sync(void)
{
	unsigned bits = __w64_thread_locale != NULL ? __w64_thread_locale->utf8 : __w64_global_utf8;
	__w64_ctype_utf8 = (bits >> LC_CTYPE) & 1;
}
