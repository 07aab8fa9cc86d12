#include <locale.h>
#include <string.h>

#include "w64_locale.h"

/*
 * Two locales exist: "C" (also called "POSIX"), and "C.UTF-8" (also
 * "C.utf8"), which differs from "C" only in LC_CTYPE: its multibyte
 * characters are UTF-8.  Each category is set on its own.  "" takes the
 * name from the environment as POSIX says; any other name fails, leaving
 * the locale as it was.  A query of LC_ALL whose categories differ
 * answers in glibc's form, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...", which
 * setlocale also takes back.
 */

/* The name of LC_ALL: one name, or the composite. */
static char *all_name(unsigned bits)
{
	static char composite[sizeof "LC_CTYPE=C.UTF-8;LC_NUMERIC=C.UTF-8;LC_TIME=C.UTF-8;"
				     "LC_COLLATE=C.UTF-8;LC_MONETARY=C.UTF-8;LC_MESSAGES=C.UTF-8"];
	if (bits == 0 || bits == W64_LC_ALL_BITS) {
		strcpy(composite, __w64_locale_name(bits != 0));
		return composite;
	}
	composite[0] = '\0';
	for (int i = 0; i < LC_ALL; i++) {
		if (i > 0)
			strcat(composite, ";");
		strcat(composite, __w64_locale_category_names[i]);
		strcat(composite, "=");
		strcat(composite, __w64_locale_name(bits >> i & 1));
	}
	return composite;
}

char *setlocale(int category, const char *name)
{
	static char single[sizeof "C.UTF-8"];

	if (category < LC_CTYPE || category > LC_ALL)
		return NULL;
	if (name != NULL) {
		unsigned mask = category == LC_ALL ? W64_LC_ALL_BITS : 1u << category;
		unsigned bits = __w64_global_utf8;
		if (__w64_locale_select(mask, name, category == LC_ALL, &bits) != 0)
			return NULL;
		__w64_global_utf8 = bits;
		__w64_locale_sync();
	}
	if (category == LC_ALL)
		return all_name(__w64_global_utf8);
	strcpy(single, __w64_locale_name(__w64_global_utf8 >> category & 1));
	return single;
}
