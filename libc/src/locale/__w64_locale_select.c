#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "w64_locale.h"

const char *const __w64_locale_category_names[LC_ALL] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
};

/* Whether a name of `len` bytes selects "C.UTF-8" (1), "C" (0), or
 * neither (-1). */
static int lookup(const char *name, size_t len)
{
	if ((len == 1 && name[0] == 'C') || (len == 5 && strncmp(name, "POSIX", 5) == 0))
		return 0;
	if (len >= 2 && strncmp(name, "C.", 2) == 0) {
		const char *cs = name + 2;
		size_t n = len - 2;
		if ((n == 5 && (strncmp(cs, "UTF-8", 5) == 0 || strncmp(cs, "utf-8", 5) == 0)) ||
		    (n == 4 && (strncmp(cs, "UTF8", 4) == 0 || strncmp(cs, "utf8", 4) == 0)))
			return 1;
	}
	return -1;
}

/* POSIX's order: LC_ALL, then the category's own variable, then LANG;
 * unset or empty means "C". */
static const char *from_environment(int category)
{
	const char *v = getenv("LC_ALL");
	if (v == NULL || v[0] == '\0')
		v = getenv(__w64_locale_category_names[category]);
	if (v == NULL || v[0] == '\0')
		v = getenv("LANG");
	if (v == NULL || v[0] == '\0')
		v = "C";
	return v;
}

/* "LC_CTYPE=...;LC_NUMERIC=..." with every category once; 0 with the
 * bits of all six, or -1. */
static int parse_composite(const char *name, unsigned *bits)
{
	unsigned seen = 0, utf8 = 0;
	while (*name != '\0') {
		const char *eq = strchr(name, '=');
		if (eq == NULL)
			return -1;
		const char *end = strchr(eq, ';');
		size_t vlen = end ? (size_t)(end - eq - 1) : strlen(eq + 1);
		int cat = -1;
		for (int i = 0; i < LC_ALL; i++) {
			if (strlen(__w64_locale_category_names[i]) == (size_t)(eq - name) &&
			    strncmp(name, __w64_locale_category_names[i], (size_t)(eq - name)) == 0)
				cat = i;
		}
		int which = lookup(eq + 1, vlen);
		if (cat < 0 || which < 0)
			return -1;
		utf8 = (utf8 & ~(1u << cat)) | (unsigned)which << cat;
		seen |= 1u << cat;
		name = end ? end + 1 : eq + 1 + vlen;
	}
	if (seen != W64_LC_ALL_BITS)
		return -1;
	*bits = utf8;
	return 0;
}

int __w64_locale_select(unsigned mask, const char *name, int composite, unsigned *bits)
{
	unsigned want = *bits;
	if (composite && strchr(name, '=') != NULL) {
		unsigned all;
		if (parse_composite(name, &all) != 0)
			return -1;
		*bits = (want & ~mask) | (all & mask);
		return 0;
	}
	for (int i = 0; i < LC_ALL; i++) {
		if (!(mask >> i & 1))
			continue;
		const char *n = name[0] == '\0' ? from_environment(i) : name;
		int which = lookup(n, strlen(n));
		if (which < 0)
			return -1;
		want = (want & ~(1u << i)) | (unsigned)which << i;
	}
	*bits = want;
	return 0;
}
