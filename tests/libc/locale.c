/*
 * Locales ("C", "POSIX", "C.UTF-8"), the multibyte conversions in each,
 * wide-character strings, and strsep / strtok_r.
 */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "check.h"

static void test_setlocale(void)
{
	CHECK(strcmp(setlocale(LC_ALL, NULL), "C") == 0 && MB_CUR_MAX == 1);
	CHECK(MB_LEN_MAX == 4); /* room for any UTF-8 character */
	CHECK(strcmp(setlocale(LC_ALL, "POSIX"), "C") == 0);
	CHECK(strcmp(setlocale(LC_CTYPE, "C.UTF-8"), "C.UTF-8") == 0 && MB_CUR_MAX == 4);
	CHECK(strcmp(setlocale(LC_CTYPE, NULL), "C.UTF-8") == 0 && strcmp(setlocale(LC_TIME, NULL), "C") == 0);
	/* Categories that differ: glibc's composite name, which goes back in. */
	char all[256];
	snprintf(all, sizeof all, "%s", setlocale(LC_ALL, NULL));
	CHECK(strcmp(all, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;"
			  "LC_MESSAGES=C") == 0);
	CHECK(strcmp(setlocale(LC_ALL, "C"), "C") == 0 && MB_CUR_MAX == 1);
	CHECK(setlocale(LC_ALL, all) != NULL && MB_CUR_MAX == 4);
	CHECK(strcmp(setlocale(LC_ALL, "C.utf8"), "C.UTF-8") == 0);
	/* Unknown names fail and change nothing. */
	CHECK(setlocale(LC_ALL, "de_DE.UTF-8") == NULL && setlocale(LC_CTYPE, "C.UTF-16") == NULL);
	CHECK(setlocale(LC_ALL, "LC_CTYPE=C;LC_NUMERIC=fr") == NULL && MB_CUR_MAX == 4);
	CHECK(setlocale(-1, "C") == NULL && setlocale(LC_ALL + 1, NULL) == NULL);
	CHECK(strcmp(setlocale(LC_ALL, "C"), "C") == 0);

	/* localeconv: the "C" values in every locale here. */
	struct lconv *lc = localeconv();
	CHECK(strcmp(lc->decimal_point, ".") == 0 && strcmp(lc->thousands_sep, "") == 0);
	CHECK(strcmp(lc->grouping, "") == 0 && strcmp(lc->currency_symbol, "") == 0);
	CHECK(lc->int_frac_digits == CHAR_MAX && lc->n_sign_posn == CHAR_MAX);
	/* printf and strtod keep '.' whatever the locale. */
	setlocale(LC_ALL, "C.UTF-8");
	char buf[32];
	snprintf(buf, sizeof buf, "%.2f", 1.5);
	CHECK(strcmp(buf, "1.50") == 0 && strtod("2.25", NULL) == 2.25);
	setlocale(LC_ALL, "C");
}

static void test_c_locale(void)
{
	/* In "C", bytes are ASCII: anything above 0x7f is EILSEQ. */
	wchar_t wc = 0;
	mbstate_t st = {0};
	CHECK(mbrtowc(&wc, "A", 1, &st) == 1 && wc == L'A');
	CHECK(mbrtowc(&wc, "", 1, &st) == 0 && wc == 0);
	errno = 0;
	CHECK(mbrtowc(&wc, "\xc3\xa9", 2, &st) == (size_t)-1 && errno == EILSEQ);
	char out[8];
	errno = 0;
	CHECK(wcrtomb(out, 0xe9, &st) == (size_t)-1 && errno == EILSEQ);
	CHECK(wcrtomb(out, L'z', &st) == 1 && out[0] == 'z');
	CHECK(btowc('a') == L'a' && btowc(0x80) == WEOF && btowc(EOF) == WEOF);
	CHECK(wctob(L'a') == 'a' && wctob(0xe9) == EOF);
	CHECK(mblen("x", 1) == 1 && mblen("", 1) == 0 && mblen(NULL, 0) == 0);
	CHECK(mbstowcs(NULL, "abc", 0) == 3 && wcstombs(NULL, L"abc", 0) == 3);
	CHECK(mbstowcs(NULL, "a\xff", 0) == (size_t)-1);
}

static void test_utf8(void)
{
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	wchar_t wc = 0;
	mbstate_t st = {0};
	/* One to four bytes. */
	CHECK(mbrtowc(&wc, "\x7f", 1, &st) == 1 && wc == 0x7f);
	CHECK(mbrtowc(&wc, "\xc3\xa9!", 3, &st) == 2 && wc == 0xe9);
	CHECK(mbrtowc(&wc, "\xe2\x82\xac", 3, &st) == 3 && wc == 0x20ac);
	CHECK(mbrtowc(&wc, "\xf0\x9f\x98\x80", 4, &st) == 4 && wc == 0x1f600);
	CHECK(mbrtowc(&wc, "\xf4\x8f\xbf\xbf", 4, &st) == 4 && wc == 0x10ffff);
	CHECK(mbrtowc(&wc, "\xef\xbf\xbf", 3, &st) == 3 && wc == 0xffff);
	/* A character split across calls: -2 until it is whole. */
	CHECK(mbrtowc(&wc, "\xf0\x9f", 2, &st) == (size_t)-2 && !mbsinit(&st));
	CHECK(mbrtowc(&wc, "\x98", 1, &st) == (size_t)-2);
	CHECK(mbrtowc(&wc, "\x80zz", 3, &st) == 1 && wc == 0x1f600 && mbsinit(&st));
	CHECK(mbrtowc(&wc, "\xe2", 0, &st) == (size_t)-2 && mbsinit(&st));
	CHECK(mbrlen("\xe2\x82", 2, &st) == (size_t)-2 && mbrlen("\xac", 1, &st) == 1);
	/* Invalid: stray continuation, overlong forms, surrogates, past
	 * U+10FFFF, a lead byte cut short by another. */
	static const char *const bad[] = {"\x80", "\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80",
					  "\xe0\x9f\xbf", "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf",
					  "\xed\xa0\x80", "\xed\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
					  "\xff", "\xc3\x41", "\xe2\x82\x41"};
	int all_bad = 1;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		st = (mbstate_t){0};
		errno = 0;
		size_t r = mbrtowc(&wc, bad[i], strlen(bad[i]), &st);
		all_bad &= r == (size_t)-1 && errno == EILSEQ;
	}
	CHECK(all_bad);
	st = (mbstate_t){0};
	CHECK(mbrtowc(&wc, "\xed\x9f\xbf", 3, &st) == 3 && wc == 0xd7ff);
	CHECK(mbrtowc(&wc, "\xee\x80\x80", 3, &st) == 3 && wc == 0xe000);

	/* wcrtomb: the shortest form; surrogates and beyond U+10FFFF fail. */
	char out[MB_LEN_MAX];
	CHECK(wcrtomb(out, 0xe9, &st) == 2 && memcmp(out, "\xc3\xa9", 2) == 0);
	CHECK(wcrtomb(out, 0x800, &st) == 3 && memcmp(out, "\xe0\xa0\x80", 3) == 0);
	CHECK(wcrtomb(out, 0x10000, &st) == 4 && memcmp(out, "\xf0\x90\x80\x80", 4) == 0);
	errno = 0;
	CHECK(wcrtomb(out, 0xd800, &st) == (size_t)-1 && errno == EILSEQ);
	errno = 0;
	CHECK(wcrtomb(out, 0x110000, &st) == (size_t)-1 && errno == EILSEQ);
	CHECK(wcrtomb(NULL, 0x20ac, &st) == 1);
	/* Every code point round-trips. */
	int round = 1;
	for (unsigned c = 1; c <= 0x10ffff && round; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		size_t n = wcrtomb(out, (wchar_t)c, NULL);
		round = n >= 1 && n <= 4 && n == (c < 0x80 ? 1u : c < 0x800 ? 2u : c < 0x10000 ? 3u : 4u) &&
			mbrtowc(&wc, out, n, NULL) == n && (unsigned)wc == c;
	}
	CHECK(round);

	/* Strings. */
	const char *text = "h\xc3\xa9llo \xe2\x82\xac\xf0\x9f\x98\x80";
	wchar_t w[16];
	CHECK(mbstowcs(NULL, text, 0) == 8);
	CHECK(mbstowcs(w, text, 16) == 8 && wcscmp(w, L"h\u00e9llo \u20ac\U0001f600") == 0);
	CHECK(mbstowcs(w, text, 3) == 3 && w[2] == L'l');
	char back[32];
	CHECK(wcstombs(NULL, L"h\u00e9llo \u20ac\U0001f600", 0) == strlen(text));
	CHECK(wcstombs(back, L"h\u00e9llo \u20ac\U0001f600", sizeof back) == strlen(text) &&
	      strcmp(back, text) == 0);
	/* A limit that would split a character stops before it. */
	memset(back, 'x', sizeof back);
	CHECK(wcstombs(back, L"a\u20ac", 3) == 1 && back[0] == 'a' && back[1] == 'x');
	CHECK(mbstowcs(w, "ok\xc3", 16) == (size_t)-1);
	wchar_t one[2] = {0xdc00, 0};
	CHECK(wcstombs(back, one, sizeof back) == (size_t)-1);
	/* A full buffer stops the conversion before an invalid character. */
	const wchar_t bad_after[] = {L'a', 0xe9, 0xd800, 0};
	CHECK(wcstombs(back, bad_after, 3) == 3 && memcmp(back, "a\xc3\xa9", 3) == 0);
	CHECK(wcstombs(back, bad_after, 4) == (size_t)-1 && wcstombs(NULL, bad_after, 0) == (size_t)-1);

	/* mbsrtowcs / wcsrtombs move the source pointer. */
	const char *src = text;
	mbstate_t s2 = {0};
	CHECK(mbsrtowcs(w, &src, 2, &s2) == 2 && src == text + 3);
	CHECK(mbsrtowcs(w, &src, 16, &s2) == 6 && src == NULL);
	const wchar_t *wsrc = L"\u00e9t\u00e9";
	CHECK(wcsrtombs(back, &wsrc, sizeof back, &s2) == 5 && wsrc == NULL && strcmp(back, "\xc3\xa9t\xc3\xa9") == 0);

	/* mbtowc / wctomb / mblen. */
	CHECK(mbtowc(&wc, "\xe2\x82\xac", 3) == 3 && wc == 0x20ac);
	CHECK(mbtowc(&wc, "\xe2\x82", 2) == -1);
	CHECK(mbtowc(NULL, NULL, 0) == 0 && mblen("\xc3\xa9", 2) == 2);
	CHECK(wctomb(back, 0x1f600) == 4 && wctomb(NULL, 0) == 0);
	CHECK(btowc(0xc3) == WEOF && wctob(0xe9) == EOF);

	/* printf's %lc and %ls, scanf's %ls, in UTF-8. */
	char pbuf[32];
	CHECK(snprintf(pbuf, sizeof pbuf, "[%lc|%ls|%3ls]", (wint_t)0xe9, L"\u20ac!", L"ab") == 13 &&
	      strcmp(pbuf, "[\xc3\xa9|\xe2\x82\xac!| ab]") == 0);
	CHECK(sscanf("\xe2\x82\xac\xc3\xa9 x", "%ls", w) == 1 && wcscmp(w, L"\u20ac\u00e9") == 0);
	setlocale(LC_CTYPE, "C");
}

static void test_wide_strings(void)
{
	wchar_t a[32], b[32];
	CHECK(wcslen(L"") == 0 && wcslen(L"h\u00e9llo") == 5 && wcsnlen(L"hello", 3) == 3);
	CHECK(wcscpy(a, L"abc") == a && wcscmp(a, L"abc") == 0);
	CHECK(wcscat(a, L"def") == a && wcscmp(a, L"abcdef") == 0);
	CHECK(wcsncat(a, L"ghij", 2) == a && wcscmp(a, L"abcdefgh") == 0);
	CHECK(wcsncpy(b, L"xy", 4) == b && b[0] == L'x' && b[2] == 0 && b[3] == 0);
	CHECK(wcscmp(L"a", L"b") < 0 && wcscmp(L"b", L"a") > 0 && wcscmp(L"\U0001f600", L"a") > 0);
	CHECK(wcsncmp(L"abcx", L"abcy", 3) == 0 && wcsncmp(L"abcx", L"abcy", 4) < 0);
	CHECK(wcscoll(L"abc", L"abd") < 0);
	CHECK(wcschr(a, L'd') == a + 3 && wcschr(a, L'z') == NULL && wcschr(a, 0) == a + 8);
	CHECK(wcsrchr(L"abcabc", L'b') != NULL && *(wcsrchr(L"abcabc", L'b') + 1) == L'c');
	CHECK(wcsstr(a, L"def") == a + 3 && wcsstr(a, L"dx") == NULL && wcsstr(a, L"") == a);
	CHECK(wcsspn(L"aabbc", L"ab") == 4 && wcscspn(L"xyzab", L"ab") == 3);
	CHECK(wcspbrk(L"hello", L"ol") != NULL && *wcspbrk(L"hello", L"ol") == L'l');
	wchar_t *d = wcsdup(L"dup\u20ac");
	CHECK(d != NULL && wcscmp(d, L"dup\u20ac") == 0);
	free(d);
	CHECK(wmemset(b, L'q', 5) == b && b[4] == L'q');
	CHECK(wmemcpy(b, L"12345", 5) == b && wmemcmp(b, L"12345", 5) == 0);
	CHECK(wmemmove(b + 1, b, 4) == b + 1 && wmemcmp(b, L"11234", 5) == 0);
	CHECK(wmemchr(b, L'3', 5) == b + 3 && wmemchr(b, L'9', 5) == NULL);
	CHECK(wmemcmp(L"ab", L"ac", 2) < 0 && wmemcmp(L"ab", L"ac", 1) == 0);
}

static void test_strsep_strtok(void)
{
	char text[] = "a,b,,c";
	char *p = text, *t;
	CHECK((t = strsep(&p, ",")) != NULL && strcmp(t, "a") == 0);
	CHECK((t = strsep(&p, ",")) != NULL && strcmp(t, "b") == 0);
	CHECK((t = strsep(&p, ",")) != NULL && strcmp(t, "") == 0);
	CHECK((t = strsep(&p, ",")) != NULL && strcmp(t, "c") == 0 && p == NULL);
	CHECK(strsep(&p, ",") == NULL);
	char t2[] = "k=v;x";
	p = t2;
	CHECK(strcmp(strsep(&p, "=;"), "k") == 0 && strcmp(strsep(&p, "=;"), "v") == 0 && strcmp(p, "x") == 0);

	char line[] = "  one two\tthree  ";
	char *save = NULL;
	CHECK((t = strtok_r(line, " \t", &save)) != NULL && strcmp(t, "one") == 0);
	CHECK((t = strtok_r(NULL, " \t", &save)) != NULL && strcmp(t, "two") == 0);
	CHECK((t = strtok_r(NULL, " \t", &save)) != NULL && strcmp(t, "three") == 0);
	CHECK(strtok_r(NULL, " \t", &save) == NULL && strtok_r(NULL, " \t", &save) == NULL);
	char empty[] = ",,,";
	CHECK(strtok_r(empty, ",", &save) == NULL);
}

int main(void)
{
	test_setlocale();
	test_c_locale();
	test_utf8();
	test_wide_strings();
	test_strsep_strtok();
	return check_summary();
}
