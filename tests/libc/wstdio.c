/*
 * Wide-character stdio: the wprintf and wscanf families (over the byte
 * engines), fgetwc/fputwc and friends, ungetwc, fwide, in "C" and
 * "C.UTF-8".  Files go in the preopen /work (wasm64-run --dir, or
 * W64_PREOPENS natively); wprintf writes one line to stdout, which the
 * bats test checks.  tests/libc-native/wstdio_diff.c compares with glibc.
 */
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "check.h"

static void test_swprintf(void)
{
	wchar_t buf[64];
	setlocale(LC_ALL, "C.UTF-8");
	CHECK(swprintf(buf, 64, L"%d|%5.1f|%-4ls|%s|%c|%lc|%x%%", -12, 2.25, L"\x00e9", "\xc3\xa9t\xc3\xa9", 'q',
		       (wint_t)0x4e00, 255) == 26);
	CHECK(wcscmp(buf, L"-12|  2.2|\x00e9   |\x00e9t\x00e9|q|\x4e00|ff%") == 0);
	/* Width and precision count characters, not bytes. */
	CHECK(swprintf(buf, 64, L"[%3ls][%.2s][%-3lc]", L"\x4e00", "\xc3\xa9\xc3\xa9\xc3\xa9", (wint_t)0x3b1) == 14);
	CHECK(wcscmp(buf, L"[  \x4e00][\x00e9\x00e9][\x03b1  ]") == 0);
	int n = 0;
	CHECK(swprintf(buf, 64, L"\x1f600\x1f600%n.", &n) == 3 && n == 2);
	/* Too small: -1, and what fit, terminated. */
	CHECK(swprintf(buf, 4, L"%ls", L"abcdef") == -1 && wcscmp(buf, L"abc") == 0);
	CHECK(swprintf(buf, 4, L"abc") == 3 && swprintf(buf, 0, L"") == -1);
	/* Any wchar_t survives the trip through the byte engine. */
	CHECK(swprintf(buf, 64, L"%lc%lc%ls", (wint_t)0xd800, (wint_t)0x7fffffff, L"\x10ffff") == 3);
	CHECK(buf[0] == 0xd800 && buf[1] == 0x7fffffff && buf[2] == 0x10ffff);
	/* Literal text of any kind, and an unknown conversion as written. */
	CHECK(swprintf(buf, 64, L"\x00e9%\x4e00\x4e8c") == 4 && wcscmp(buf, L"\x00e9%\x4e00\x4e8c") == 0);
	CHECK(swprintf(buf, 64, L"%s", (char *)NULL) == 6 && wcscmp(buf, L"(null)") == 0);
	/* In "C", %s and %c must be ASCII; %lc and %ls take anything. */
	setlocale(LC_ALL, "C");
	errno = 0;
	CHECK(swprintf(buf, 64, L"%s", "\xc3\xa9") == -1 && errno == EILSEQ);
	errno = 0;
	CHECK(swprintf(buf, 64, L"%c", 0xe9) == -1 && errno == EILSEQ);
	CHECK(swprintf(buf, 64, L"%lc%ls", (wint_t)0xe9, L"\x4e00") == 2 && buf[1] == 0x4e00);
}

static void test_swscanf(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	int a = 0, b = 0, n = 0;
	wchar_t w[16], w2[16];
	char s[32];
	/* Wide white space (U+3000, U+2003) separates items. */
	CHECK(swscanf(L"\x3000 12\x2003-7", L"%d%d", &a, &b) == 2 && a == 12 && b == -7);
	CHECK(swscanf(L"h\x00e9llo w\x00f6rld", L"%ls %s%n", w, s, &n) == 2 && wcscmp(w, L"h\x00e9llo") == 0 &&
	      strcmp(s, "w\xc3\xb6rld") == 0 && n == 11);
	/* Scansets of wide characters, with a range. */
	CHECK(swscanf(L"\x03b1\x03b2\x03c9x", L"%l[\x03b1-\x03c9]%lc", w, w2) == 2 && wcscmp(w, L"\x03b1\x03b2\x03c9") == 0 &&
	      w2[0] == L'x');
	CHECK(swscanf(L"abc\x4e00z", L"%[^\x4e00]%n", s, &n) == 1 && strcmp(s, "abc") == 0 && n == 3);
	CHECK(swscanf(L"\x4e00\x4e8c", L"%2c", s) == 1 && memcmp(s, "\xe4\xb8\x80\xe4\xba\x8c", 6) == 0);
	/* Literal characters of the format, wide ones too. */
	CHECK(swscanf(L"x\x2192 5", L"x\x2192%d", &a) == 1 && a == 5);
	CHECK(swscanf(L"x\x2190 5", L"x\x2192%d", &a) == 0);
	double d = 0;
	CHECK(swscanf(L"  -1.5e2\x00e9", L"%lf%lc", &d, w) == 2 && d == -150.0 && w[0] == 0xe9);
	CHECK(swscanf(L"", L"%d", &a) == EOF && swscanf(L"abc", L"%d", &a) == 0);
	/* In "C", a character the locale cannot write fails %s (matching)
	 * and %c (input); %ls stores it. */
	setlocale(LC_ALL, "C");
	errno = 0;
	CHECK(swscanf(L"\x00e9", L"%s", s) == 0 && errno == EILSEQ);
	CHECK(swscanf(L"\x00e9", L"%c", s) == EOF);
	CHECK(swscanf(L"\x00e9 z", L"%*s %ls", w) == 1 && wcscmp(w, L"z") == 0);
	CHECK(swscanf(L"\x00e9", L"%ls", w) == 1 && w[0] == 0xe9);
}

static void test_streams(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	FILE *f = fopen("/work/wide.txt", "w+");
	CHECK(f != NULL);
	if (f == NULL)
		return;
	CHECK(fwide(f, 0) == 0);
	CHECK(fputwc(0xe9, f) == 0xe9 && fputws(L"t\x4e00\n", f) >= 0);
	CHECK(fwprintf(f, L"%d %ls\n", 42, L"\x1f600") == 5 && fwide(f, 0) > 0);
	rewind(f);
	char bytes[32];
	CHECK(fread(bytes, 1, sizeof bytes, f) == 15 &&
	      memcmp(bytes, "\xc3\xa9t\xe4\xb8\x80\n42 \xf0\x9f\x98\x80\n", 15) == 0);
	rewind(f);
	wchar_t line[16];
	CHECK(fgetwc(f) == 0xe9 && ungetwc(0x3b1, f) == 0x3b1 && fgetwc(f) == 0x3b1);
	CHECK(fgetws(line, 16, f) == line && wcscmp(line, L"t\x4e00\n") == 0);
	int v = 0;
	wchar_t w[8];
	CHECK(fwscanf(f, L"%d %ls", &v, w) == 2 && v == 42 && wcscmp(w, L"\x1f600") == 0);
	CHECK(fgetwc(f) == L'\n' && fgetwc(f) == WEOF && feof(f) && !ferror(f));
	/* ungetwc takes any character, even one "C" cannot encode, and
	 * clears end of file. */
	setlocale(LC_ALL, "C");
	CHECK(ungetwc(0x4e00, f) == 0x4e00 && !feof(f) && fgetwc(f) == 0x4e00 && ungetwc(WEOF, f) == WEOF);
	fclose(f);

	/* Invalid bytes: EILSEQ and the error indicator, the byte left to
	 * read; a character cut by the end of the file is EILSEQ too. */
	setlocale(LC_ALL, "C.UTF-8");
	f = fopen("/work/bad.txt", "w+");
	fputs("a\xff" "b\xc3", f);
	rewind(f);
	errno = 0;
	CHECK(fgetwc(f) == L'a' && fgetwc(f) == WEOF && errno == EILSEQ && ferror(f) && !feof(f));
	clearerr(f);
	CHECK(fgetc(f) == 0xff && fgetwc(f) == L'b');
	errno = 0;
	CHECK(fgetwc(f) == WEOF && errno == EILSEQ && ferror(f));
	fclose(f);

	/* "C" cannot write é: fputwc fails with EILSEQ and the indicator. */
	setlocale(LC_ALL, "C");
	f = fopen("/work/c.txt", "w");
	errno = 0;
	CHECK(fputwc(L'x', f) == L'x' && fputwc(0xe9, f) == WEOF && errno == EILSEQ && ferror(f));
	errno = 0;
	CHECK(fwprintf(f, L"<%lc>", (wint_t)0xe9) == -1 && errno == EILSEQ); /* after writing "<" */
	CHECK(fputws(L"\x4e00", f) == -1 && putwc(L'y', f) == L'y');
	fclose(f);

	/* Byte I/O orients a stream too; the other kind still works. */
	f = fopen("/work/c.txt", "r");
	CHECK(fgetc(f) == 'x' && fwide(f, 1) < 0 && fgetwc(f) == L'<' && fgetwc(f) == L'y');
	fclose(f);
	f = fopen("/work/c.txt", "r");
	CHECK(fwide(f, -5) < 0 && fwide(f, 1) < 0);
	fclose(f);
	remove("/work/wide.txt");
	remove("/work/bad.txt");
	remove("/work/c.txt");
}

int main(void)
{
	test_swprintf();
	test_swscanf();
	test_streams();
	setlocale(LC_ALL, "C.UTF-8");
	CHECK(wprintf(L"wide %ls %d\n", L"h\x00e9llo \x4e16\x754c", 7) == 16);
	CHECK(putwchar(L'!') == L'!' && putwchar(L'\n') == L'\n');
	fflush(stdout);
	return check_summary();
}
