/*
 * Wide strings: wcsto* numbers, wcstok, wcpcpy/wcpncpy, case-insensitive
 * comparison, wcsxfrm, mbsnrtowcs/wcsnrtombs and uchar.h's UTF-16 and
 * UTF-32 conversions (tests/libc-native/wcs_diff.c compares them all
 * with glibc on generated inputs).
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

#include "check.h"

static void test_numbers(void)
{
	wchar_t *end;
	CHECK(wcstol(L"  -42abc", &end, 10) == -42 && *end == L'a');
	CHECK(wcstol(L"0x1F", &end, 0) == 31 && *end == 0);
	CHECK(wcstoul(L"777", NULL, 8) == 511 && wcstoll(L"-9223372036854775808", NULL, 10) == LLONG_MIN);
	errno = 0;
	CHECK(wcstol(L"99999999999999999999", &end, 10) == LONG_MAX && errno == ERANGE && *end == 0);
	errno = 0;
	CHECK(wcstoull(L"18446744073709551616", NULL, 10) == ULLONG_MAX && errno == ERANGE);
	CHECK(wcstoimax(L"-0x10", NULL, 16) == -16 && wcstoumax(L"z", NULL, 36) == 35);
	/* Nothing converted: *end is the string itself, white space too. */
	const wchar_t *none = L"  +x";
	CHECK(wcstol(none, &end, 10) == 0 && end == none);
	CHECK(wcstod(none, &end) == 0.0 && end == none);
	/* A non-ASCII character ends the number. */
	CHECK(wcstol(L"12\x00e9", &end, 16) == 0x12 && *end == 0xe9);
	CHECK(wcstol(L"\xff11", &end, 10) == 0); /* a full-width digit is no digit */
	CHECK(wcstod(L"1.5e3x", &end) == 1500.0 && *end == L'x');
	CHECK(wcstod(L"0x1.8p1", NULL) == 3.0 && wcstof(L"-inf", NULL) == -__builtin_inff());
	errno = 0;
	CHECK(wcstold(L"1e4933", &end) == __builtin_infl() && errno == ERANGE && *end == 0);
	wchar_t nan_text[] = L"nan(12)!";
	double n = wcstod(nan_text, &end);
	CHECK(n != n && *end == L'!');
	/* Long digit strings still round correctly (the copy grows). */
	wchar_t longnum[400];
	longnum[0] = L'0';
	longnum[1] = L'.';
	for (int i = 2; i < 398; i++)
		longnum[i] = L'3';
	longnum[398] = L'e';
	longnum[399] = 0;
	CHECK(wcstod(longnum, &end) == 1.0 / 3.0 && end == longnum + 398);

	/* Wide white space counts in C.UTF-8 (iswspace), not in "C". */
	setlocale(LC_CTYPE, "C.UTF-8");
	CHECK(wcstol(L"\x3000\x2003 17", &end, 10) == 17 && *end == 0);
	setlocale(LC_CTYPE, "C");
	const wchar_t *ideo = L"\x3000" L"17";
	CHECK(wcstol(ideo, &end, 10) == 0 && end == ideo);
}

static void test_strings(void)
{
	wchar_t text[] = L"  one,two;;three ";
	wchar_t *save, *t;
	const wchar_t *want[] = {L"one", L"two", L"three"};
	int i = 0;
	for (t = wcstok(text, L" ,;", &save); t != NULL; t = wcstok(NULL, L" ,;", &save))
		CHECK(i < 3 && wcscmp(t, want[i++]) == 0);
	CHECK(i == 3);
	wchar_t empty[] = L";;;";
	CHECK(wcstok(empty, L";", &save) == NULL && wcstok(NULL, L";", &save) == NULL);

	wchar_t buf[16];
	wmemset(buf, L'#', 16);
	CHECK(wcpcpy(buf, L"abc") == buf + 3 && wcscmp(buf, L"abc") == 0);
	CHECK(wcpncpy(buf, L"xy", 5) == buf + 2 && buf[2] == 0 && buf[4] == 0 && buf[5] == L'#');
	CHECK(wcpncpy(buf, L"wxyz", 3) == buf + 3 && wmemcmp(buf, L"wxy", 3) == 0 && buf[3] == 0);
	CHECK(wcswcs(L"haystack", L"st") != NULL && wcswcs(L"haystack", L"xx") == NULL);

	CHECK(wcscasecmp(L"Hello", L"hELLO") == 0 && wcscasecmp(L"a", L"B") < 0);
	CHECK(wcsncasecmp(L"abcX", L"ABCy", 3) == 0 && wcsncasecmp(L"abcX", L"ABCy", 4) < 0);
	/* Non-ASCII case folds only in C.UTF-8. */
	CHECK(wcscasecmp(L"\x00e9t\x00e9", L"\x00c9T\x00c9") != 0);
	setlocale(LC_CTYPE, "C.UTF-8");
	CHECK(wcscasecmp(L"\x00e9t\x00e9", L"\x00c9T\x00c9") == 0);
	CHECK(wcscasecmp(L"\x03c3\x03b9", L"\x03a3\x0399") == 0);
	setlocale(LC_CTYPE, "C");
	locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
	CHECK(wcscasecmp_l(L"\x0430", L"\x0410", u) == 0 && wcsncasecmp_l(L"\x0430z", L"\x0410y", 1, u) == 0);
	CHECK(wcscoll_l(L"a", L"b", u) < 0 && wcscoll(L"\x00e9", L"z") > 0);
	wchar_t key[8];
	CHECK(wcsxfrm(key, L"k\x00e9y", 8) == 3 && wcscmp(key, L"k\x00e9y") == 0);
	CHECK(wcsxfrm(key, L"longer than eight", 8) == 17);
	CHECK(wcsxfrm_l(NULL, L"abc", 0, u) == 3);
	freelocale(u);
}

static void test_nr(void)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	/* "aé€😀": 1 + 2 + 3 + 4 bytes. */
	const char *src = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
	const char *p = src;
	mbstate_t st = {0};
	wchar_t out[8];
	/* Four bytes: 'a', 'é' and the first byte of '€', kept in the state. */
	CHECK(mbsnrtowcs(out, &p, 4, 8, &st) == 2 && p == src + 4 && !mbsinit(&st));
	CHECK(out[0] == L'a' && out[1] == 0xe9);
	CHECK(mbsnrtowcs(out, &p, 20, 8, &st) == 2 && p == NULL && out[0] == 0x20ac && out[1] == 0x1f600);
	p = src;
	CHECK(mbsnrtowcs(NULL, &p, 6, 0, NULL) == 3 && p == src);
	const wchar_t *wide = L"a\x00e9\x20ac";
	const wchar_t *wp = wide;
	char bytes[16];
	CHECK(wcsnrtombs(bytes, &wp, 2, sizeof bytes, NULL) == 3 && wp == wide + 2 &&
	      memcmp(bytes, "a\xc3\xa9", 3) == 0);
	wp = wide;
	CHECK(wcsnrtombs(bytes, &wp, 10, sizeof bytes, NULL) == 6 && wp == NULL && strcmp(bytes, "a\xc3\xa9\xe2\x82\xac") == 0);
	wp = wide;
	CHECK(wcsnrtombs(bytes, &wp, 10, 2, NULL) == 1 && wp == wide + 1); /* é does not fit */
	setlocale(LC_CTYPE, "C");
	wp = wide;
	errno = 0;
	CHECK(wcsnrtombs(bytes, &wp, 10, sizeof bytes, NULL) == (size_t)-1 && errno == EILSEQ && wp == wide + 1);
}

static void test_uchar(void)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	mbstate_t st = {0};
	char16_t c16;
	const char *s = "\xf0\x9f\x98\x80z";
	CHECK(mbrtoc16(&c16, s, 5, &st) == 4 && c16 == 0xd83d);
	CHECK(mbrtoc16(&c16, s + 4, 1, &st) == (size_t)-3 && c16 == 0xde00);
	CHECK(mbrtoc16(&c16, s + 4, 1, &st) == 1 && c16 == L'z');
	CHECK(mbrtoc16(&c16, "\xc3", 1, &st) == (size_t)-2 && mbrtoc16(&c16, "\xa9", 1, &st) == 1 && c16 == 0xe9);
	char out[8];
	st = (mbstate_t){0};
	CHECK(c16rtomb(out, 0xd83d, &st) == 0 && c16rtomb(out, 0xde00, &st) == 4 &&
	      memcmp(out, "\xf0\x9f\x98\x80", 4) == 0);
	errno = 0;
	CHECK(c16rtomb(out, 0xde00, &st) == (size_t)-1 && errno == EILSEQ);
	st = (mbstate_t){0};
	CHECK(c16rtomb(out, 0xd800, &st) == 0 && c16rtomb(out, L'a', &st) == (size_t)-1);
	st = (mbstate_t){0};
	CHECK(c16rtomb(out, 0x20ac, &st) == 3 && c16rtomb(NULL, 0, &st) == 1);
	char32_t c32;
	CHECK(mbrtoc32(&c32, "\xe2\x82\xac", 3, NULL) == 3 && c32 == 0x20ac);
	CHECK(c32rtomb(out, 0x1f600, NULL) == 4 && c32rtomb(out, 0x110000, NULL) == (size_t)-1);
	setlocale(LC_CTYPE, "C");
	errno = 0;
	CHECK(c32rtomb(out, 0xe9, NULL) == (size_t)-1 && errno == EILSEQ && c32rtomb(out, 'A', NULL) == 1);
}

int main(void)
{
	test_numbers();
	test_strings();
	test_nr();
	test_uchar();
	return check_summary();
}
