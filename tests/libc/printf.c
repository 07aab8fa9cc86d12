/*
 * The printf family in wasm64: every conversion, flag and length, the
 * return values, truncation, EOVERFLOW, and binary128 long double, whose
 * expected strings come from glibc's strfromf128 (the host-side
 * differential test, tests/libc-native/printf_diff.c, compares millions
 * more against glibc directly).
 */
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"

static char buf[6000];

/* snprintf into buf; the text and the return value must both match. */
#define CHECK_FMT(expected, ...)                                                       \
	do {                                                                           \
		int ret_ = snprintf(buf, sizeof buf, __VA_ARGS__);                     \
		CHECK(strcmp(buf, expected) == 0 && ret_ == (int)strlen(expected));    \
	} while (0)

static void integers(void)
{
	CHECK_FMT("0 -1 42 2147483647 -2147483648", "%d %i %d %d %d", 0, -1, 42, INT_MAX, INT_MIN);
	CHECK_FMT("4294967295 37777777777 ffffffff FFFFFFFF", "%u %o %x %X", -1, -1, -1, -1);
	CHECK_FMT("-128 127 255 -32768 65535", "%hhd %hhd %hhu %hd %hu", 128, 127, -1, 32768, -1);
	CHECK_FMT("-9223372036854775808 18446744073709551615", "%ld %lu", LONG_MIN, ULONG_MAX);
	CHECK_FMT("-9223372036854775808 1777777777777777777777", "%lld %llo", LLONG_MIN, ULLONG_MAX);
	CHECK_FMT("-9223372036854775807 18446744073709551615", "%jd %ju", -INTMAX_MAX, UINTMAX_MAX);
	CHECK_FMT("18446744073709551615 -1 -5", "%zu %zd %td", SIZE_MAX, (ptrdiff_t)-1, (ptrdiff_t)-5);
	CHECK_FMT("-42 42", "%" PRId64 " %" PRIu64, (int64_t)-42, (uint64_t)42);
	CHECK_FMT("   42|42   |00042|+42| 42|-0042", "%5d|%-5d|%05d|%+d|% d|%05d", 42, 42, 42, 42, 42, -42);
	CHECK_FMT("  00042|00042|42", "%7.5d|%-.5d|%0.0d", 42, 42, 42);
	CHECK_FMT("|||0|0x2a|0X2A|052|0", "|%.0d|%.0d|%#o|%#x|%#X|%#o|%#.0o", 0, 0, 0, 42, 42, 42, 0);
	CHECK_FMT("0x00002a|0x0000002a", "%#08x|%#.8x", 42, 42);
	CHECK_FMT("    42|42    |0042", "%*d|%-*d|%.*d", 6, 42, -6, 42, 4, 42);
	CHECK_FMT("42", "%.*d", -3, 42); /* negative precision: as if absent */
}

static void strings_and_chars(void)
{
	CHECK_FMT("hello|  hel|hel  |(null)", "%s|%5.3s|%-5.3s|%s", "hello", "hello", "hello", (char *)NULL);
	CHECK_FMT("x|    y|z    |%", "%c|%5c|%-5c|%%", 'x', 'y', 'z');
	CHECK_FMT("A|wide", "%lc|%ls", 'A', L"wide");
	errno = 0;
	CHECK(snprintf(buf, sizeof buf, "%lc", 0xe9) == -1 && errno == EILSEQ);
	CHECK_FMT("(nil)|0x1234", "%p|%p", (void *)0, (void *)0x1234);
	/* An unknown conversion is copied out (through a variable, as the
	 * compiler rightly rejects it in a literal format). */
	const char *odd = "%y|%5y";
	CHECK(snprintf(buf, sizeof buf, odd, 0) == 6 && strcmp(buf, "%y|%5y") == 0);
}

static void doubles(void)
{
	CHECK_FMT("3.141593 3.141593e+00 3.14159 0x1.921fb54442d18p+1", "%f %e %g %a", M_PI, M_PI, M_PI, M_PI);
	CHECK_FMT("0 2 2 4 0.2 0.12", "%.0f %.0f %.0f %.0f %.1f %.2f", 0.5, 1.5, 2.5, 3.5, 0.25, 0.125);
	CHECK_FMT("0.1000000000000000055511151231257827021181583404541015625", "%.55f", 0.1);
	CHECK_FMT("1e+100 1.000000e-05 100000 1e+06 0.0001", "%g %e %g %g %g", 1e100, 1e-5, 1e5, 1e6, 1e-4);
	CHECK_FMT("inf -inf nan -nan INF NAN", "%f %e %g %a %F %E", INFINITY, -INFINITY, NAN, -NAN, INFINITY, NAN);
	CHECK_FMT("  inf|+nan|-0.000000|-0x0p+0", "%5f|%+f|%f|%a", INFINITY, NAN, -0.0, -0.0);
	CHECK_FMT("1.00000|1.|1.e+00|0x1.p+0", "%#g|%#.0f|%#.0e|%#a", 1.0, 1.0, 1.0, 1.0);
	CHECK_FMT("-0001.50|+1.5e+00|   1.5|1.5   |0x001.8p+0", "%08.2f|%+.1e|%6g|%-6g|%010a", -1.5, 1.5, 1.5, 1.5, 1.5);
	CHECK_FMT("4.9406564584124654e-324 0x0.0000000000001p-1022", "%.17g %a", DBL_TRUE_MIN, DBL_TRUE_MIN);
	CHECK_FMT("1.7976931348623157e+308 0x1.fffffffffffffp+1023", "%.17g %a", DBL_MAX, DBL_MAX);
	CHECK_FMT("0x2.0p+0 0x1.0p+0 0x1.2p+0 0x2p+0", "%.1a %.1a %.1a %.0a", 0x1.f8p0, 0x1.08p0, 0x1.18p0, 1.5);
	CHECK_FMT("1.00e+03 100.", "%#.3g %#.3g", 999.5, 99.95); /* '#' keeps the zeros */

	/* %.4000f of 1e308: 309 exact digits, a point, 4000 zeros. */
	int n = snprintf(buf, sizeof buf, "%.4000f", 1e308);
	CHECK(n == 309 + 1 + 4000);
	CHECK(strncmp(buf, "100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336", 309) == 0);
	CHECK(buf[309] == '.' && strspn(buf + 310, "0") == 4000);
}

static void long_doubles(void)
{
	CHECK_FMT("1.500000 1.5 2.50e+00", "%Lf %Lg %.2Le", 1.5L, 1.5L, 2.5L);
#if LDBL_MANT_DIG == 113
	/* IEEE binary128, wasm64's long double (expected: glibc strfromf128). */
	CHECK_FMT("0x1.999999999999999999999999999ap-4", "%La", 0.1L);
	CHECK_FMT("1.0000000000000000000000000000000000481482e-01", "%.40Le", 0.1L);
	CHECK_FMT("0.333333333333333333333333333333333317", "%.36Lg", 1.0L / 3);
	CHECK_FMT("1.1897314953572317650857593266280070161965e+4932", "%.40Le", LDBL_MAX);
	CHECK_FMT("0x1.ffffffffffffffffffffffffffffp+16383 0x2.000p+16383", "%La %.3La", LDBL_MAX, LDBL_MAX);
	CHECK_FMT("3.3621031431120935062626778173217526025981e-4932 0x1p-16382", "%.40Le %La", LDBL_MIN, LDBL_MIN);
	CHECK_FMT("6.475175119438025110924438958227646552499569338e-4966", "%.45Le", LDBL_TRUE_MIN);
	CHECK_FMT("0x0.0000000000000000000000000001p-16382 6.47518e-4966", "%La %Lg", LDBL_TRUE_MIN, LDBL_TRUE_MIN);
	int n = snprintf(buf, sizeof buf, "%.50Lf", LDBL_MAX);
	CHECK(n == 4984 && strncmp(buf, "118973149535723176508575932662800701619646905264169", 51) == 0);
#elif LDBL_MANT_DIG == 64
	/* x87 (the host-side build of this test): glibc's spellings. */
	CHECK_FMT("0x8p-3 0xcp-3 0x1p+4", "%La %.0La %.0La", 1.0L, 1.5L, 15.5L);
#endif
}

static void counts_and_lengths(void)
{
	signed char hh = 0;
	short h = 0;
	int i = 0;
	long l = 0;
	long long ll = 0;
	size_t z = 0;
	intmax_t j = 0;
	ptrdiff_t t = 0;

	CHECK_FMT("abc12", "abc%hhn1%hn2%n%ln%lln%zn%jn%tn", &hh, &h, &i, &l, &ll, &z, &j, &t);
	CHECK(hh == 3 && h == 4 && i == 5 && l == 5 && ll == 5 && z == 5 && j == 5 && t == 5);

	/* snprintf: the full length back, at most n-1 bytes and a NUL.  (The
	 * sizes are volatile so the compiler does not warn of truncation:
	 * truncation is the point.) */
	volatile size_t four = 4, one = 1, zero = 0;
	memset(buf, '#', 16);
	CHECK(snprintf(buf, four, "%s", "hello") == 5 && strcmp(buf, "hel") == 0);
	CHECK(snprintf(buf, one, "%d", 12345) == 5 && buf[0] == '\0');
	buf[0] = '#';
	CHECK(snprintf(buf, zero, "%d", 12345) == 5 && buf[0] == '#');
	CHECK(snprintf(NULL, 0, "%.3f", 2.0) == 5);
	CHECK(sprintf(buf, "%s-%d", "a", 1) == 3 && strcmp(buf, "a-1") == 0);

	/* Beyond INT_MAX bytes printf cannot report a count: EOVERFLOW. */
	errno = 0;
	CHECK(snprintf(NULL, 0, "%2147483647d%d", 1, 2) == -1 && errno == EOVERFLOW);
	errno = 0;
	CHECK(snprintf(NULL, 0, "%2147483648d", 1) == -1 && errno == EOVERFLOW);
	errno = 0;
	CHECK(snprintf(NULL, 0, "%.2147483648f", 1.0) == -1 && errno == EOVERFLOW);
	CHECK(snprintf(NULL, 0, "%2147483646d", 1) == 2147483646);
}

static void allocating(void)
{
	char *s = NULL;
	CHECK(asprintf(&s, "%s=%05.1f", "x", 2.25) == 7);
	CHECK(s != NULL && strcmp(s, "x=002.2") == 0);
	free(s);
	CHECK(asprintf(&s, "%s", "") == 0 && s != NULL && s[0] == '\0');
	free(s);
	/* Longer than any first guess: the buffer grows. */
	CHECK(asprintf(&s, "%5000d|", 7) == 5001 && s[4999] == '7' && s[5000] == '|');
	free(s);
}

/* POSIX "%n$": arguments named by position, in any order, reused. */
static void positions(void)
{
	CHECK_FMT("b a b|  7|7  |3.14", "%2$s %1$s %2$s|%3$*4$d|%3$-*4$d|%5$.*6$f", "a", "b", 7, 3, 3.14159,
		  2);
	CHECK_FMT("1 2 3 4 5 6 7 8 9 10", "%1$d %2$d %3$d %4$d %5$d %6$d %7$d %8$d %9$d %10$ld", 1, 2, 3, 4,
		  5, 6, 7, 8, 9, 10L);
	CHECK_FMT("x 1.5 42", "%3$c %2$.1Lf %1$lld", 42LL, 1.5L, 'x');
	/* Undefined forms are refused rather than guessed: a position left
	 * out (its type is unknown), positions mixed with plain ones, a
	 * position past NL_ARGMAX.  (Through variables: the compiler rightly
	 * rejects them in literal formats.) */
	const char *gap = "%2$d", *mixed = "%1$d %d", *far = "%65$d";
	errno = 0;
	CHECK(snprintf(buf, sizeof buf, gap, 1, 2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(snprintf(buf, sizeof buf, mixed, 1, 2) == -1 && errno == EINVAL);
	errno = 0;
	CHECK(snprintf(buf, sizeof buf, far, 1) == -1 && errno == EINVAL);
	CHECK(NL_ARGMAX == 64);
}

int main(void)
{
	integers();
	positions();
	strings_and_chars();
	doubles();
	long_doubles();
	counts_and_lengths();
	allocating();
	/* dprintf: straight to the descriptor. */
	CHECK(dprintf(STDOUT_FILENO, "dprintf %d %s\n", 42, "ok") == 14);
	return check_summary();
}
