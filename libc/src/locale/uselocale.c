#include <locale.h>

#include "w64_locale.h"

/* The thread's locale: `l` from now on (LC_GLOBAL_LOCALE: follow the
 * global one again; (locale_t)0: only ask).  Returns the one before. */
locale_t uselocale(locale_t l)
{
	locale_t old = __w64_thread_locale != NULL ? __w64_thread_locale : LC_GLOBAL_LOCALE;
	if (l != (locale_t)0) {
		__w64_thread_locale = l == LC_GLOBAL_LOCALE ? NULL : l;
		__w64_locale_sync();
	}
	return old;
}
