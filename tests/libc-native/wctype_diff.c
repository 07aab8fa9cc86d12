/*
 * The wide-character classes, case mappings and widths against glibc's,
 * in "C.UTF-8" and in "C", at every code point.
 *
 *   wctype_diff       every code point 0..0x10FFFF and some beyond (WEOF,
 *                     0x110000, 0x7fffffff...), then W64_DIFF_CASES random
 *                     wide strings through wcswidth (default 200000),
 *                     seed W64_DIFF_SEED
 *
 * Per code point and locale: the twelve isw* functions (compared as
 * true/false), iswctype with each class wctype names, towupper,
 * towlower, towctrans with both wctrans mappings, and wcwidth; and for
 * one code point in five, the same through the *_l functions with a
 * locale object from each library's newlocale while the global locale is
 * the other one.
 *
 * Prints mismatches (at most 20) and "wctype: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE /* wcwidth, wcswidth */
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "diff.h"
#include "w64.h"

#define W64_LC_ALL 6
#define W64_LC_ALL_MASK 0x3f

static unsigned long cases, mismatches;
static const char *locale_name;

static void report(const char *what, uint32_t c, long want, long got)
{
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s(0x%x) in %s: glibc %ld, libc %ld\n", what, c, locale_name, want, got);
}

static void same(const char *what, uint32_t c, long want, long got)
{
	cases++;
	if (want != got)
		report(what, c, want, got);
}

static const char *const class_names[] = {
	"alnum", "alpha", "blank", "cntrl", "digit", "graph",
	"lower", "print", "punct", "space", "upper", "xdigit",
};
#define NCLASSES 12

static int (*const glibc_is[NCLASSES])(wint_t) = {
	iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
	iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit,
};
static int (*const w64_is[NCLASSES])(unsigned) = {
	w64_iswalnum, w64_iswalpha, w64_iswblank, w64_iswcntrl, w64_iswdigit, w64_iswgraph,
	w64_iswlower, w64_iswprint, w64_iswpunct, w64_iswspace, w64_iswupper, w64_iswxdigit,
};
static int (*const glibc_is_l[NCLASSES])(wint_t, locale_t) = {
	iswalnum_l, iswalpha_l, iswblank_l, iswcntrl_l, iswdigit_l, iswgraph_l,
	iswlower_l, iswprint_l, iswpunct_l, iswspace_l, iswupper_l, iswxdigit_l,
};
/* Direct calls: through a pointer, UBSan would see the libc's locale_t
 * where the declaration says void *. */
static int w64_is_l(int i, unsigned c, void *l)
{
	switch (i) {
	case 0: return w64_iswalnum_l(c, l);
	case 1: return w64_iswalpha_l(c, l);
	case 2: return w64_iswblank_l(c, l);
	case 3: return w64_iswcntrl_l(c, l);
	case 4: return w64_iswdigit_l(c, l);
	case 5: return w64_iswgraph_l(c, l);
	case 6: return w64_iswlower_l(c, l);
	case 7: return w64_iswprint_l(c, l);
	case 8: return w64_iswpunct_l(c, l);
	case 9: return w64_iswspace_l(c, l);
	case 10: return w64_iswupper_l(c, l);
	default: return w64_iswxdigit_l(c, l);
	}
}

static wctype_t glibc_types[NCLASSES];
static unsigned long w64_types[NCLASSES];

static void one_code_point(uint32_t c)
{
	static const char *const is_names[NCLASSES] = {
		"iswalnum", "iswalpha", "iswblank", "iswcntrl", "iswdigit", "iswgraph",
		"iswlower", "iswprint", "iswpunct", "iswspace", "iswupper", "iswxdigit",
	};
	for (int i = 0; i < NCLASSES; i++) {
		same(is_names[i], c, glibc_is[i](c) != 0, w64_is[i](c) != 0);
		same(class_names[i], c, iswctype(c, glibc_types[i]) != 0, w64_iswctype(c, w64_types[i]) != 0);
	}
	same("towupper", c, (long)towupper(c), (long)w64_towupper(c));
	same("towlower", c, (long)towlower(c), (long)w64_towlower(c));
	same("towctrans toupper", c, (long)towctrans(c, wctrans("toupper")),
	     (long)w64_towctrans(c, w64_wctrans("toupper")));
	same("towctrans tolower", c, (long)towctrans(c, wctrans("tolower")),
	     (long)w64_towctrans(c, w64_wctrans("tolower")));
	same("wcwidth", c, wcwidth((wchar_t)c), w64_wcwidth((wchar_t)c));
}

/* The *_l functions with objects of the locale `name`, while each
 * library's global locale is the other one. */
static void one_code_point_l(uint32_t c, locale_t gl, void *wl)
{
	for (int i = 0; i < NCLASSES; i++) {
		same("isw*_l", c, glibc_is_l[i](c, gl) != 0, w64_is_l(i, c, wl) != 0);
		same("iswctype_l", c, iswctype_l(c, glibc_types[i], gl) != 0,
		     w64_iswctype_l(c, w64_types[i], wl) != 0);
	}
	same("towupper_l", c, (long)towupper_l(c, gl), (long)w64_towupper_l(c, wl));
	same("towlower_l", c, (long)towlower_l(c, gl), (long)w64_towlower_l(c, wl));
	same("towctrans_l", c, (long)towctrans_l(c, wctrans_l("tolower", gl), gl),
	     (long)w64_towctrans_l(c, w64_wctrans_l("tolower", wl), wl));
}

static void campaign(const char *name, const char *other, unsigned long strings)
{
	locale_name = name;
	locale_t gl = newlocale(LC_ALL_MASK, name, (locale_t)0);
	void *wl = w64_newlocale(W64_LC_ALL_MASK, name, NULL);
	if (gl == (locale_t)0 || wl == NULL) {
		printf("MISMATCH newlocale(%s) failed\n", name);
		mismatches++;
		return;
	}
	setlocale(LC_ALL, name);
	w64_setlocale(W64_LC_ALL, name);
	/* glibc's wctype_t belongs to the locale it was made in. */
	for (int i = 0; i < NCLASSES; i++) {
		glibc_types[i] = wctype(class_names[i]);
		w64_types[i] = w64_wctype(class_names[i]);
	}
	static const uint32_t beyond[] = {0x110000, 0x10ffff + 0x1000, 0x7fffffff, 0x80000000u, 0xffffffffu};
	for (uint32_t c = 0; c < 0x110000; c++)
		one_code_point(c);
	for (size_t i = 0; i < sizeof beyond / sizeof beyond[0]; i++)
		one_code_point(beyond[i]);

	setlocale(LC_ALL, other);
	w64_setlocale(W64_LC_ALL, other);
	for (int i = 0; i < NCLASSES; i++) {
		glibc_types[i] = wctype_l(class_names[i], gl);
		w64_types[i] = w64_wctype_l(class_names[i], wl);
	}
	for (uint32_t c = 0; c < 0x110000; c += 5)
		one_code_point_l(c, gl, wl);

	/* wcswidth over strings mixing widths 0, 1, 2 and -1, with limits. */
	setlocale(LC_ALL, name);
	w64_setlocale(W64_LC_ALL, name);
	static const uint32_t pool[] = {'a', ' ', 0x300, 0x4e00, 0x1f600, 0x7f, 0xad, 0x200b, 0xe9, 0x3000, 0xd800, 0x10fffe};
	for (unsigned long k = 0; k < strings; k++) {
		wchar_t s[24];
		size_t len = rnd_below(20);
		for (size_t i = 0; i < len; i++)
			s[i] = (wchar_t)(rnd_below(4) == 0 ? rnd_below(0x110000) : pool[rnd_below(sizeof pool / sizeof pool[0])]);
		s[len] = 0;
		size_t n = rnd_below(24);
		same("wcswidth", (uint32_t)s[0], wcswidth(s, n), w64_wcswidth(s, n));
	}
	freelocale(gl);
	w64_freelocale(wl);
}

int main(void)
{
	unsigned long strings = diff_setup(200000);
	campaign("C.UTF-8", "C", strings);
	campaign("C", "C.UTF-8", strings);
	printf("wctype: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
