/* The scanf family: every conversion, length modifier, width, suppression,
 * scansets, %n, the return value at failures, and fscanf on a file. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "check.h"

static int vs(const char *s, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static void integers(void)
{
	int i = 0, j = 0, n = -1;
	CHECK(sscanf("42", "%d", &i) == 1 && i == 42);
	CHECK(sscanf("  -17 +8", "%d%d", &i, &j) == 2 && i == -17 && j == 8);
	CHECK(sscanf("0x1F 017 10", "%i %i %i", &i, &j, &n) == 3 && i == 31 && j == 15 && n == 10);
	CHECK(sscanf("-0X10", "%i", &i) == 1 && i == -16);
	unsigned u = 0;
	CHECK(sscanf("777", "%o", &u) == 1 && u == 0777);
	CHECK(sscanf("ff", "%x", &u) == 1 && u == 255);
	CHECK(sscanf("0XfF", "%X", &u) == 1 && u == 255);
	CHECK(sscanf("4294967295", "%u", &u) == 1 && u == UINT_MAX);
	CHECK(sscanf("-1", "%u", &u) == 1 && u == UINT_MAX); /* as strtoul */
	/* Out of range: strtoul's ULONG_MAX, not negated by the sign. */
	CHECK(sscanf("-1ffffffffffffffff", "%x", &u) == 1 && u == UINT_MAX);
	CHECK(sscanf("-ffffffffffffffff", "%x", &u) == 1 && u == 1);

	signed char hh = 0;
	short h = 0;
	long l = 0;
	long long ll = 0;
	intmax_t jm = 0;
	size_t z = 0;
	ptrdiff_t t = 0;
	unsigned char uhh = 0;
	unsigned short uh = 0;
	unsigned long ul = 0;
	unsigned long long ull = 0;
	CHECK(sscanf("-128 -32768 -9223372036854775808", "%hhd %hd %ld", &hh, &h, &l) == 3);
	CHECK(hh == -128 && h == -32768 && l == LONG_MIN);
	CHECK(sscanf("9223372036854775807 -5 123456789012 -7", "%lld %jd %zu %td", &ll, &jm, &z, &t) == 4);
	CHECK(ll == LLONG_MAX && jm == -5 && z == 123456789012u && t == -7);
	CHECK(sscanf("255 65535 18446744073709551615 ffffffffffffffff", "%hhu %hu %lu %llx", &uhh, &uh,
		     &ul, &ull) == 4);
	CHECK(uhh == 255 && uh == 65535 && ul == ULONG_MAX && ull == ULLONG_MAX);
	/* Out of range: clamped as strtoimax does, then stored truncated. */
	CHECK(sscanf("99999999999999999999", "%lld", &ll) == 1 && ll == LLONG_MAX);
	CHECK(sscanf("-99999999999999999999", "%ld", &l) == 1 && l == LONG_MIN);
	CHECK(sscanf("4294967297", "%d", &i) == 1 && i == 1);
	CHECK(sscanf("300", "%hhu", &uhh) == 1 && uhh == 44);

	/* Widths count every byte of the item, sign and prefix included. */
	CHECK(sscanf("12345", "%3d%d", &i, &j) == 2 && i == 123 && j == 45);
	CHECK(sscanf("-12345", "%3d%d", &i, &j) == 2 && i == -12 && j == 345);
	CHECK(sscanf("0x1234", "%4x%x", &u, &i) == 2 && u == 0x12 && i == 0x34);
	CHECK(sscanf("1234", "%1d%1d%1d", &i, &j, &n) == 3 && i == 1 && j == 2 && n == 3);

	/* Not a number: a matching failure, the byte is left unread. */
	char rest[8] = "";
	CHECK(sscanf("abc", "%d", &i) == 0);
	CHECK(sscanf("-x", "%d%s", &i, rest) == 0);
	CHECK(sscanf("12abc", "%d%s", &i, rest) == 2 && i == 12 && strcmp(rest, "abc") == 0);
	CHECK(sscanf("9z", "%o%s", &u, rest) == 0);
	CHECK(sscanf("0x", "%x", &u) == 0);  /* "0x" begins a number but is not one (C11) */
	CHECK(sscanf("0xg", "%i", &i) == 0);
	CHECK(sscanf("08", "%i%d", &i, &j) == 2 && i == 0 && j == 8);

	void *p = NULL;
	char buf[64];
	snprintf(buf, sizeof buf, "%p", (void *)&i);
	CHECK(sscanf(buf, "%p", &p) == 1 && p == (void *)&i);
}

static void floats(void)
{
	float f = 0;
	double d = 0;
	long double ld = 0;
	CHECK(sscanf("3.25", "%f", &f) == 1 && f == 3.25f);
	CHECK(sscanf("-1e-3", "%lf", &d) == 1 && d == -1e-3);
	CHECK(sscanf("0x1.8p+1", "%la", &d) == 1 && d == 3.0);
	CHECK(sscanf("1.5E+2", "%lg", &d) == 1 && d == 150.0);
	CHECK(sscanf("2.5", "%Le", &ld) == 1 && ld == 2.5L);
	char text[64];
	snprintf(text, sizeof text, "%.40Le", LDBL_MAX);
	CHECK(sscanf(text, "%Lf", &ld) == 1 && ld == LDBL_MAX);
	snprintf(text, sizeof text, "%La", -LDBL_MIN);
	CHECK(sscanf(text, "%La", &ld) == 1 && ld == -LDBL_MIN);
	CHECK(sscanf("4.9406564584124654e-324", "%lF", &d) == 1 && d == 4.9406564584124654e-324);
	CHECK(sscanf(".5 5. 1e5", "%lf %lf %lG", &d, &d, &d) == 3 && d == 1e5);
	CHECK(sscanf("inf -INFINITY nan NAN(0x1f)", "%lf %lE %la %lA", &d, &d, &d, &d) == 4 && isnan(d));
	CHECK(sscanf("-Infinity", "%f", &f) == 1 && isinf(f) && f < 0);
	CHECK(sscanf("infinite", "%lf%n", &d, &(int){0}) == 0); /* "infinit" is no number */
	CHECK(sscanf("info", "%lf", &d) == 1 && isinf(d));

	/* C11 7.21.6.2p20: "100ergs" against %f fails ("100e" is consumed). */
	int n = -1;
	char rest[8] = "";
	CHECK(sscanf("100ergs", "%f%n", &f, &n) == 0 && n == -1);
	CHECK(sscanf("100ergs", "%*f") == 0);
	CHECK(sscanf("1e+x", "%lf", &d) == 0);
	CHECK(sscanf("0x", "%lf", &d) == 0);
	CHECK(sscanf("nan(ab", "%lf", &d) == 0);
	CHECK(sscanf("-.x", "%lf", &d) == 0);
	CHECK(sscanf("1.5e3x", "%lf%s", &d, rest) == 2 && d == 1500 && strcmp(rest, "x") == 0);
	CHECK(sscanf("1.5e3", "%3lf%s", &d, rest) == 2 && d == 1.5 && strcmp(rest, "e3") == 0);
	/* A long item: the text grows past any fixed buffer. */
	char longnum[700];
	memset(longnum, '0', sizeof longnum);
	longnum[0] = '1';
	longnum[301] = '.';
	longnum[sizeof longnum - 1] = '\0';
	CHECK(sscanf(longnum, "%lf%n", &d, &n) == 1 && d == 1e300 && n == 699);
}

static void strings(void)
{
	char a[16], b[16], c[4];
	CHECK(sscanf("  hello world", "%s%s", a, b) == 2 && strcmp(a, "hello") == 0 &&
	      strcmp(b, "world") == 0);
	CHECK(sscanf("abcdef", "%3s%s", a, b) == 2 && strcmp(a, "abc") == 0 && strcmp(b, "def") == 0);
	memset(c, 'z', sizeof c);
	CHECK(sscanf(" xy", "%c%2c", &c[0], &c[1]) == 2 && c[0] == ' ' && c[1] == 'x' && c[2] == 'y' &&
	      c[3] == 'z'); /* no NUL added */
	/* The input ends within the field: C11 wants exactly the width (glibc
	 * takes what there is). */
	CHECK(sscanf("x", "%2c", c) == EOF);
	CHECK(sscanf("1 x", "%d %2c", &(int){0}, c) == 1);
	CHECK(sscanf("key=value;", "%[^=]=%[^;]", a, b) == 2 && strcmp(a, "key") == 0 &&
	      strcmp(b, "value") == 0);
	CHECK(sscanf("abc]def", "%[]a-c]%s", a, b) == 2 && strcmp(a, "abc]") == 0 &&
	      strcmp(b, "def") == 0);
	CHECK(sscanf("a-b-c+", "%[a-]%s", a, b) == 2 && strcmp(a, "a-") == 0);
	CHECK(sscanf("z-a", "%[z-a]", a) == 1 && strcmp(a, "z-a") == 0); /* not a range */
	CHECK(sscanf("123abc", "%[0-9]%[a-z]", a, b) == 2 && strcmp(a, "123") == 0 &&
	      strcmp(b, "abc") == 0);
	CHECK(sscanf("  x", "%[a-z]", a) == 0); /* %[ skips no white space */
	CHECK(sscanf("abcdef", "%2[a-z]", a) == 1 && strcmp(a, "ab") == 0);
	CHECK(sscanf("", "%[a-z]", a) == EOF);
	CHECK(vs("abc", "%[a-z", a) == 0); /* an unclosed scanset */
	errno = 0;
	CHECK(vs("1", "%y", a) == 0 && errno == EINVAL); /* no such conversion */
}

static void directives(void)
{
	int i = 0, j = 0, n = -1, m = -1;
	/* Literal text, white space, %% and %n. */
	CHECK(sscanf("x=1, y=2", "x=%d, y=%d%n", &i, &j, &n) == 2 && i == 1 && j == 2 && n == 8);
	CHECK(sscanf("5 %", "%d %%", &i) == 1);
	CHECK(sscanf("5%", "%d%%%n", &i, &n) == 1 && n == 2);
	CHECK(sscanf("a\t\n b", "a b%n", &n) == 0 && n == 5);
	CHECK(sscanf("ab", "a%nc%n", &n, &m) == 0 && n == 1 && m == -1);
	CHECK(sscanf("1 2 3", "%*d %d %n%*d%n", &i, &n, &m) == 1 && i == 2 && n == 4 && m == 5);
	signed char hn = 0;
	long long lln = 0;
	CHECK(sscanf("abc", "abc%hhn%lln", &hn, &lln) == 0 && hn == 3 && lln == 3);

	/* Input failure before the first conversion: EOF; after one: the
	 * count.  A suppressed conversion counts as a conversion. */
	CHECK(sscanf("", "%d", &i) == EOF);
	CHECK(sscanf("   ", "%d", &i) == EOF);
	CHECK(sscanf("x", "x%d", &i) == EOF);
	CHECK(sscanf("", "x") == EOF);
	CHECK(sscanf("7", "%d%d", &i, &j) == 1 && i == 7);
	CHECK(sscanf("7", "%*d%d", &j) == EOF); /* nothing assigned, as glibc */
	CHECK(sscanf("7 x", "%*d%d", &j) == 0);
	CHECK(sscanf("", "%n", &n) == 0 && n == 0);
	CHECK(sscanf("", "") == 0 && sscanf("abc", "") == 0);
	CHECK(sscanf("abc", "abd") == 0);
	CHECK(vs("10 20", "%d %d", &i, &j) == 2 && i == 10 && j == 20);
}

static void wide(void)
{
	wchar_t w[8];
	wchar_t wc[2];
	CHECK(sscanf("abc", "%ls", w) == 1 && wcscmp(w, L"abc") == 0);
	CHECK(sscanf("xy", "%2lc", wc) == 1 && wc[0] == L'x' && wc[1] == L'y');
	CHECK(sscanf("\xc3\xa9t\xc3\xa9", "%ls", w) == 0 && errno == EILSEQ); /* "C": ASCII */
	CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
	CHECK(sscanf("\xc3\xa9t\xc3\xa9 x", "%ls", w) == 1 && wcscmp(w, L"\u00e9t\u00e9") == 0);
	CHECK(sscanf("\xe2\x82\xac\xf0\x9f\x98\x80", "%2lc", wc) == 1 && wc[0] == 0x20ac &&
	      wc[1] == 0x1f600);
	CHECK(sscanf("\xc3\xa9\xc3\xa9x", "%l[\xc3\xa9]", w) == 1 && wcscmp(w, L"\u00e9\u00e9") == 0);
	CHECK(setlocale(LC_CTYPE, "C") != NULL);
}

/* fscanf from a stream: an item can end exactly at the buffer's edge, and
 * the byte that ends an item is there for the next read. */
static void streams(void)
{
	FILE *f = fopen("/work/scan.txt", "w+");
	if (f == NULL)
		return; /* run without a preopen: nothing more to do */
	for (int i = 0; i < 3000; i++)
		fprintf(f, "%d:%x %g\n", i, i * 3, i / 8.0);
	rewind(f);
	int ok = 1, count = 0;
	int a, b;
	double d;
	char sep;
	while (fscanf(f, "%d%c%x %lf", &a, &sep, &b, &d) == 4) {
		ok &= a == count && sep == ':' && b == count * 3 && d == count / 8.0;
		count++;
	}
	CHECK(ok && count == 3000 && feof(f));
	rewind(f);
	CHECK(fscanf(f, "%d:", &a) == 1 && fgetc(f) == '0');
	char word[16];
	CHECK(fscanf(f, "%*s %s", word) == 1 && strcmp(word, "1:3") == 0 && fgetc(f) == ' ');
	CHECK(fscanf(f, "%lf", &d) == 1 && d == 0.125 && fgetc(f) == '\n');
	fclose(f);
	remove("/work/scan.txt");
}

/* POSIX "%n$": each conversion stores through the n-th pointer. */
static void positions(void)
{
	int a = 0, b = 0;
	char word[8] = "";
	double d = 0;
	CHECK(sscanf("1 2 xy 2.5", "%2$d %1$d %3$7s %4$lf", &a, &b, word, &d) == 4 && a == 2 && b == 1 &&
	      strcmp(word, "xy") == 0 && d == 2.5);
	/* A suppressed item takes no pointer, positioned or not. */
	a = b = 0;
	CHECK(sscanf("5 6 7", "%2$d %*d %1$d", &a, &b) == 2 && a == 7 && b == 5);
	long n = 0;
	char three[3];
	CHECK(vs("abcd", "%2$3c%1$ln", &n, three) == 1 && n == 3 && memcmp(three, "abc", 3) == 0);
}

int main(void)
{
	integers();
	positions();
	floats();
	strings();
	directives();
	wide();
	streams();
	return check_summary();
}
