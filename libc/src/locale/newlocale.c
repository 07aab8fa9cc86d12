#include <errno.h>
#include <locale.h>

#include "w64_errno.h"
#include "w64_locale.h"

/*
 * POSIX: the categories in the mask take the named locale, the others
 * come from `base` (or "C").  The result is one of the 64 constant
 * objects, so base is left as it was, which POSIX allows ("the contents
 * of base are unspecified"), and nothing can run out of memory.
 */
locale_t newlocale(int mask, const char *name, locale_t base)
{
	if (name == NULL || ((unsigned)mask & ~W64_LC_ALL_BITS) != 0) {
		__w64_set_errno(EINVAL);
		return (locale_t)0;
	}
	unsigned bits = base != (locale_t)0 ? __w64_locale_bits(base) : 0;
	if (__w64_locale_select((unsigned)mask, name, 1, &bits) != 0) {
		__w64_set_errno(ENOENT);
		return (locale_t)0;
	}
	return (locale_t)&__w64_locales[bits];
}
