#include <locale.h>

#include "w64_locale.h"

/* Locale objects never change, so a copy may be the object itself; a
 * copy of LC_GLOBAL_LOCALE is the global locale as it is now. */
locale_t duplocale(locale_t l)
{
	return (locale_t)&__w64_locales[__w64_locale_bits(l)];
}
