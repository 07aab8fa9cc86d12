#ifndef W64_LOCALE_H
#define W64_LOCALE_H

#include <locale.h>
#include <stddef.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

/*
 * A locale is which categories are "C.UTF-8" (bit 1 << LC_x set) rather
 * than "C".  With two locales per category there are only 64 distinct
 * locale objects: newlocale and duplocale hand out pointers into this
 * constant table, so they never allocate and freelocale has nothing to
 * free.
 */
struct __locale_struct {
	unsigned char utf8;
};

#define W64_LC_ALL_BITS ((1u << LC_ALL) - 1)

W64_HIDDEN extern const struct __locale_struct __w64_locales[W64_LC_ALL_BITS + 1];

/* The global locale (setlocale's), as bits. */
W64_HIDDEN extern unsigned __w64_global_utf8;

/* The calling thread's locale from uselocale; NULL while it follows the
 * global one.  There is one thread. */
W64_HIDDEN extern locale_t __w64_thread_locale;

/* Whether LC_CTYPE of the locale in effect (the thread's, else the
 * global one) is "C.UTF-8" (1) or "C" (0): what the multibyte functions,
 * MB_CUR_MAX, the wide classification and printf's %lc and %ls go by.
 * setlocale and uselocale keep it up to date. */
W64_HIDDEN extern int __w64_ctype_utf8;

/* The bits of a locale object; LC_GLOBAL_LOCALE means the global one. */
static inline unsigned __w64_locale_bits(locale_t l)
{
	return l == LC_GLOBAL_LOCALE ? __w64_global_utf8 : l->utf8;
}

/* Whether locale l's LC_CTYPE is UTF-8. */
static inline int __w64_locale_ctype_utf8(locale_t l)
{
	return (__w64_locale_bits(l) >> LC_CTYPE) & 1;
}

/* Recomputes __w64_ctype_utf8 after the locale in effect changed. */
W64_HIDDEN void __w64_locale_sync(void);

/*
 * Resolves `name` for each category in `mask` (bit 1 << LC_x), setting
 * or clearing that category's bit in *bits: "C", "POSIX", "C.UTF-8"
 * (also "C.utf8", "C.UTF8", "C.utf-8"), or "" for the environment's
 * choice (LC_ALL, LC_<category>, LANG).  With `composite`, glibc's
 * "LC_CTYPE=...;LC_NUMERIC=...;..." naming all six categories is taken
 * too.  0, or -1 for a name that is none of these (*bits unchanged).
 */
W64_HIDDEN int __w64_locale_select(unsigned mask, const char *name, int composite, unsigned *bits);

/* "LC_CTYPE", "LC_NUMERIC"... by category number. */
W64_HIDDEN extern const char *const __w64_locale_category_names[LC_ALL];

/* The name of one category's locale. */
static inline const char *__w64_locale_name(int utf8)
{
	return utf8 ? "C.UTF-8" : "C";
}

#undef W64_HIDDEN

#endif
