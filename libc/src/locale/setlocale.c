#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "w64_locale.h"

/*
 * Two locales exist: "C" (also called "POSIX"), and "C.UTF-8" (also
 * "C.utf8"), which differs from "C" only in LC_CTYPE: its multibyte
 * characters are UTF-8.  Each category is set on its own.  "" takes the
 * name from the environment as POSIX says (LC_ALL, then LC_<category>,
 * then LANG; unset or empty means "C"); any other name fails, leaving the
 * locale as it was.  A query of LC_ALL whose categories differ answers in
 * glibc's form, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...", which setlocale also
 * takes back.
 */

static const char *const category_names[LC_ALL] = {
	"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
};

/* 0 = "C", 1 = "C.UTF-8", per category. */
static int current[LC_ALL];

static const char *locale_name(int which)
{
	return which ? "C.UTF-8" : "C";
}

/* The locale a name selects, or -1. */
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

static const char *from_environment(int category)
{
	static const char *const env_names[LC_ALL] = {
		"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	};
	const char *v = getenv("LC_ALL");
	if (v == NULL || v[0] == '\0')
		v = getenv(env_names[category]);
	if (v == NULL || v[0] == '\0')
		v = getenv("LANG");
	if (v == NULL || v[0] == '\0')
		v = "C";
	return v;
}

/* The name of LC_ALL: one name, or the composite. */
static char *all_name(void)
{
	static char composite[sizeof "LC_CTYPE=C.UTF-8;LC_NUMERIC=C.UTF-8;LC_TIME=C.UTF-8;"
				     "LC_COLLATE=C.UTF-8;LC_MONETARY=C.UTF-8;LC_MESSAGES=C.UTF-8"];
	int same = 1;
	for (int i = 1; i < LC_ALL; i++)
		same &= current[i] == current[0];
	if (same) {
		strcpy(composite, locale_name(current[0]));
		return composite;
	}
	composite[0] = '\0';
	for (int i = 0; i < LC_ALL; i++) {
		if (i > 0)
			strcat(composite, ";");
		strcat(composite, category_names[i]);
		strcat(composite, "=");
		strcat(composite, locale_name(current[i]));
	}
	return composite;
}

/* "LC_CTYPE=...;LC_NUMERIC=..." into want[]; 0, or -1 if not one. */
static int parse_composite(const char *name, int want[LC_ALL])
{
	int seen = 0;
	while (*name != '\0') {
		const char *eq = strchr(name, '=');
		if (eq == NULL)
			return -1;
		const char *end = strchr(eq, ';');
		size_t vlen = end ? (size_t)(end - eq - 1) : strlen(eq + 1);
		int cat = -1;
		for (int i = 0; i < LC_ALL; i++) {
			if (strlen(category_names[i]) == (size_t)(eq - name) &&
			    strncmp(name, category_names[i], (size_t)(eq - name)) == 0)
				cat = i;
		}
		int which = lookup(eq + 1, vlen);
		if (cat < 0 || which < 0)
			return -1;
		want[cat] = which;
		seen |= 1 << cat;
		name = end ? end + 1 : eq + 1 + vlen;
	}
	return seen == (1 << LC_ALL) - 1 ? 0 : -1;
}

char *setlocale(int category, const char *name)
{
	static char single[sizeof "C.UTF-8"];

	if (category < LC_CTYPE || category > LC_ALL)
		return NULL;
	if (name != NULL) {
		int want[LC_ALL];
		for (int i = 0; i < LC_ALL; i++) {
			if (category != LC_ALL && i != category) {
				want[i] = current[i];
				continue;
			}
			const char *n = name[0] == '\0' ? from_environment(i) : name;
			want[i] = lookup(n, strlen(n));
			if (want[i] < 0 && category == LC_ALL && strchr(n, '=') != NULL &&
			    parse_composite(n, want) == 0)
				break;
			if (want[i] < 0)
				return NULL;
		}
		for (int i = 0; i < LC_ALL; i++)
			current[i] = want[i];
		__w64_ctype_utf8 = current[LC_CTYPE];
	}
	if (category == LC_ALL)
		return all_name();
	strcpy(single, locale_name(current[category]));
	return single;
}
