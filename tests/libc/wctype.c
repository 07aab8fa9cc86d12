/*
 * Wide-character classes, case and widths (wctype.h, wcwidth) in "C"
 * and "C.UTF-8", through setlocale, uselocale and the *_l functions.
 * tests/libc-native/wctype_diff.c compares every code point with glibc;
 * this checks known answers where the program really runs.
 */
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>

#include "check.h"

static void test_utf8(void)
{
	CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
	/* Letters of several scripts, with their case. */
	CHECK(iswalpha(L'A') && iswupper(L'A') && !iswlower(L'A'));
	CHECK(iswalpha(0xe9) && iswlower(0xe9) && towupper(0xe9) == 0xc9 && towlower(0xc9) == 0xe9);
	CHECK(iswalpha(0x3b1) && towupper(0x3b1) == 0x391 && towlower(0x391) == 0x3b1);
	CHECK(towupper(0x3c2) == 0x3a3);                         /* final sigma */
	CHECK(towupper(0x430) == 0x410 && towlower(0x410) == 0x430); /* Cyrillic a */
	CHECK(towupper(0x10428) == 0x10400);                     /* Deseret, past the BMP */
	CHECK(towlower(0x130) == 'i' && towupper(0x131) == 'I'); /* Turkish dotted/dotless i */
	CHECK(towupper(0xdf) == 0xdf && iswlower(0xdf));         /* sharp s: no simple upper case */
	CHECK(towupper(0x1c5) == 0x1c4 && towlower(0x1c5) == 0x1c6); /* title case Dz */
	CHECK(iswalpha(0x4e00) && !iswupper(0x4e00) && !iswlower(0x4e00));
	/* glibc calls non-ASCII digits alphabetic; iswdigit is ASCII's. */
	CHECK(iswalpha(0x663) && !iswdigit(0x663) && iswalnum(0x663));
	CHECK(iswdigit(L'7') && iswxdigit(L'f') && !iswxdigit(0xff10));
	/* Spaces, blanks, controls, punctuation. */
	CHECK(iswspace(0x3000) && iswblank(0x3000) && !iswgraph(0x3000) && iswprint(0x3000));
	CHECK(iswspace(0x2028) && iswcntrl(0x2028) && !iswblank(0x2028));
	CHECK(!iswspace(0xa0) && iswpunct(0xa0));                /* no-break space is not space */
	CHECK(iswcntrl(0x85) && !iswprint(0x85));
	CHECK(iswpunct(0x300) && iswgraph(0x300) && !iswalpha(0x300));
	CHECK(iswpunct(0x1f600) && iswprint(0x1f600));
	/* Unassigned, surrogates, beyond Unicode, WEOF: nothing. */
	CHECK(!iswprint(0x378) && !iswalpha(0xd800) && !iswprint(0x110000) && !iswprint(WEOF));
	CHECK(towupper(WEOF) == WEOF && towlower(0x110000) == 0x110000);
	/* wctype and wctrans by name. */
	CHECK(iswctype(0x3b1, wctype("alpha")) && iswctype(0x3b1, wctype("lower")));
	CHECK(!iswctype(0x3b1, wctype("upper")) && wctype("nonsense") == 0 && !iswctype(L'a', 0));
	CHECK(towctrans(0x3b1, wctrans("toupper")) == 0x391 && towctrans(0x391, wctrans("tolower")) == 0x3b1);
	CHECK(wctrans("totitle") == 0 && towctrans(L'a', 0) == L'a');
	/* Widths: combining 0, wide 2, controls and unassigned -1. */
	CHECK(wcwidth(L'a') == 1 && wcwidth(0) == 0 && wcwidth(0x300) == 0 && wcwidth(0x200b) == 0);
	CHECK(wcwidth(0x4e00) == 2 && wcwidth(0x1f600) == 2 && wcwidth(0xff21) == 2);
	CHECK(wcwidth(0x7f) == -1 && wcwidth(0x85) == -1 && wcwidth(0x378) == -1 && wcwidth(0xd800) == -1);
	CHECK(wcwidth(0xad) == 1 && wcwidth(0x1160) == 0 && wcwidth(0xe0001) == 0);
	const wchar_t mixed[] = {L'a', 0x4e00, 0x301, L'b', 0};
	CHECK(wcswidth(mixed, 10) == 4 && wcswidth(mixed, 2) == 3 && wcswidth(mixed, 0) == 0);
	const wchar_t bad[] = {L'a', 0x7, L'b', 0};
	CHECK(wcswidth(bad, 1) == 1 && wcswidth(bad, 3) == -1);
}

static void test_c(void)
{
	CHECK(setlocale(LC_ALL, "C") != NULL);
	/* In "C" only ASCII is classified and mapped, as in glibc. */
	CHECK(iswalpha(L'z') && iswupper(L'Z') && towupper(L'z') == L'Z' && towlower(L'Q') == L'q');
	CHECK(!iswalpha(0xe9) && !iswprint(0xe9) && towupper(0xe9) == 0xe9);
	CHECK(!iswspace(0x3000) && iswspace(L'\t') && iswblank(L' ') && iswcntrl(0x7f));
	CHECK(iswpunct(L'!') && !iswpunct(L'a') && iswgraph(L'~') && !iswgraph(L' '));
	CHECK(wcwidth(L'a') == 1 && wcwidth(0xe9) == -1 && wcwidth(0x4e00) == -1 && wcwidth(L'\n') == -1);
}

static void test_locale_objects(void)
{
	locale_t u = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	CHECK(u != (locale_t)0 && c != (locale_t)0);
	setlocale(LC_ALL, "C");
	/* The *_l functions follow their object, not the global locale. */
	CHECK(iswalpha_l(0xe9, u) && !iswalpha_l(0xe9, c) && !iswalpha(0xe9));
	CHECK(towupper_l(0xe9, u) == 0xc9 && towupper_l(0xe9, c) == 0xe9);
	CHECK(iswctype_l(0x4e00, wctype_l("alpha", u), u) && !iswctype_l(0x4e00, wctype_l("alpha", c), c));
	CHECK(towctrans_l(0x391, wctrans_l("tolower", u), u) == 0x3b1);
	CHECK(iswspace_l(0x3000, u) && iswblank_l(0x3000, u) && iswprint_l(0x3000, u) && !iswgraph_l(0x3000, u));
	CHECK(iswupper_l(0xc9, u) && iswlower_l(0xe9, u) && iswpunct_l(0xa0, u) && iswcntrl_l(0x85, u));
	CHECK(iswalnum_l(0x663, u) && !iswdigit_l(0x663, u) && iswxdigit_l(L'A', c) && towlower_l(0xc9, u) == 0xe9);
	/* uselocale switches the calling thread's LC_CTYPE. */
	CHECK(uselocale(u) == LC_GLOBAL_LOCALE);
	CHECK(iswalpha(0xe9) && wcwidth(0x4e00) == 2 && MB_CUR_MAX == 4);
	CHECK(uselocale((locale_t)0) == u);
	CHECK(uselocale(LC_GLOBAL_LOCALE) == u && !iswalpha(0xe9) && MB_CUR_MAX == 1);
	freelocale(u);
	freelocale(c);
}

int main(void)
{
	test_utf8();
	test_c();
	test_locale_objects();
	return check_summary();
}
