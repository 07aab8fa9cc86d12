/*
 * printf against glibc: the same format and value must give the same
 * bytes and the same return value.  Built on the host with ASan and UBSan
 * (libc/native.mk); the libc's printf is w64_snprintf there.
 *
 *   printf_diff              W64_DIFF_CASES random cases (default 200000)
 *   W64_DIFF_CASES=5000000 W64_DIFF_SEED=7 printf_diff
 *
 * Cases: every integer conversion with every length modifier; %f %e %g
 * %a (both cases) of random doubles (any bit pattern: subnormals, inf,
 * nan, ±0 included) and of "decimal-looking" ones that land on rounding
 * ties; the same for long double (x87's 64-bit mantissa here); %s %c %p
 * %%; all flags, widths and precisions, literal or through '*'; and
 * snprintf truncation at every buffer size around the output length;
 * POSIX "%n$" positions, widths and precisions ("*m$").
 * Then fixed cases (huge precisions, extremes), then binary128 — wasm64's
 * long double — through the same engine, against glibc's strfromf128.
 *
 * Prints one line per mismatch (at most 20) and a summary:
 * "printf: N cases compared, M mismatches"; exits 1 on any mismatch.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "w64.h"
#include "w64_format.h"

int strfromf128(char *restrict str, size_t n, const char *restrict format, __float128 fp);

#define BUF_SIZE 20000

static char gbuf[BUF_SIZE], wbuf[BUF_SIZE];
static unsigned long cases, mismatches;

/* splitmix64: small, fast, and every seed is a good one. */
static void report(const char *what, const char *fmt, const char *value, int gret, int wret)
{
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s fmt=\"%s\" value=%s\n  glibc (%d): \"%.300s\"\n  libc  (%d): \"%.300s\"\n",
		       what, fmt, value, gret, gbuf, wret, wbuf);
}

static void compare(const char *what, const char *fmt, const char *value, int gret, int wret)
{
	cases++;
	if (gret != wret || strcmp(gbuf, wbuf) != 0)
		report(what, fmt, value, gret, wret);
}

/*
 * One checker per argument type: calls both printfs with the same
 * arguments, with 0, 1 or 2 '*' values before the converted one.
 */
#define DEFINE_CHECK(name, type)                                                              \
	static void name(const char *fmt, int nstar, int s1, int s2, type v, const char *value)  \
	{                                                                                     \
		int g, w;                                                                     \
		switch (nstar) {                                                              \
		case 0:                                                                       \
			g = snprintf(gbuf, BUF_SIZE, fmt, v);                                 \
			w = w64_snprintf(wbuf, BUF_SIZE, fmt, v);                             \
			break;                                                                \
		case 1:                                                                       \
			g = snprintf(gbuf, BUF_SIZE, fmt, s1, v);                             \
			w = w64_snprintf(wbuf, BUF_SIZE, fmt, s1, v);                         \
			break;                                                                \
		default:                                                                      \
			g = snprintf(gbuf, BUF_SIZE, fmt, s1, s2, v);                         \
			w = w64_snprintf(wbuf, BUF_SIZE, fmt, s1, s2, v);                     \
			break;                                                                \
		}                                                                             \
		compare(#type, fmt, value, g, w);                                             \
	}

DEFINE_CHECK(check_int, int)
DEFINE_CHECK(check_long, long)
DEFINE_CHECK(check_llong, long long)
DEFINE_CHECK(check_str, const char *)
DEFINE_CHECK(check_ptr, void *)

/*
 * glibc's %#g is wrong when rounding carries into a new digit (999.5 at
 * %#.3g is 1.00e+03; glibc prints "1.e+03", dropping the zeros that '#'
 * must keep).  For such a format, the reference is rebuilt from glibc's
 * own e or f conversion, chosen and sized as C11 7.21.6.1 defines %g:
 * precision P (6 if absent, 1 if 0), X the exponent %.{P-1}e gives,
 * then f with precision P-1-X if P > X >= -4, else e with P-1; flags
 * and width as written.  Counted apart in the summary.
 */
static unsigned long sharp_g_glibc_bugs;

static int sharp_g_format(char *alt, const char *fmt, int nstar, int s1, int s2, int *prec_out,
			  int *star_width)
{
	const char *p = fmt + 1;
	char conv = fmt[strlen(fmt) - 1];
	int has_sharp = 0;

	if (conv != 'g' && conv != 'G')
		return 0;
	while (strchr("-+ #0", *p) != NULL) {
		has_sharp |= *p == '#';
		p++;
	}
	if (!has_sharp)
		return 0;
	*star_width = *p == '*';
	while (*p == '*' || (*p >= '0' && *p <= '9'))
		p++;
	size_t head = (size_t)(p - fmt);
	int prec = -1;
	if (*p == '.') {
		p++;
		if (*p == '*')
			prec = nstar == 2 ? s2 : s1;
		else
			prec = atoi(p);
	}
	*prec_out = prec < 0 ? 6 : prec == 0 ? 1 : prec;
	memcpy(alt, fmt, head);
	alt[head] = '\0';
	return 1;
}

#define DEFINE_FLOAT_CHECK(name, type, len)                                                   \
	DEFINE_CHECK(name##_plain, type)                                                      \
	static void name(const char *fmt, int nstar, int s1, int s2, type v, const char *value) \
	{                                                                                     \
		char alt[64], e[2048];                                                        \
		int p, star_width;                                                            \
		unsigned long before = mismatches;                                            \
		if (!sharp_g_format(alt, fmt, nstar, s1, s2, &p, &star_width) || !isfinite(v)) { \
			name##_plain(fmt, nstar, s1, s2, v, value);                           \
			return;                                                               \
		}                                                                             \
		char conv = fmt[strlen(fmt) - 1];                                             \
		snprintf(e, sizeof e, "%.*" len "e", p - 1, v);                               \
		int x = atoi(strchr(e, 'e') + 1);                                             \
		size_t n = strlen(alt);                                                       \
		if (p > x && x >= -4)                                                         \
			snprintf(alt + n, sizeof alt - n, ".%d" len "%c", p - 1 - x, conv == 'g' ? 'f' : 'F'); \
		else                                                                          \
			snprintf(alt + n, sizeof alt - n, ".%d" len "%c", p - 1, conv == 'g' ? 'e' : 'E'); \
		int g = star_width ? snprintf(gbuf, BUF_SIZE, alt, s1, v) : snprintf(gbuf, BUF_SIZE, alt, v); \
		int w = nstar == 0 ? w64_snprintf(wbuf, BUF_SIZE, fmt, v)                     \
			: nstar == 1 ? w64_snprintf(wbuf, BUF_SIZE, fmt, s1, v)               \
				     : w64_snprintf(wbuf, BUF_SIZE, fmt, s1, s2, v);          \
		compare(#type, fmt, value, g, w);                                             \
		if (mismatches == before) {                                                   \
			char direct[BUF_SIZE];                                                \
			int d = nstar == 0 ? snprintf(direct, BUF_SIZE, fmt, v)               \
				: nstar == 1 ? snprintf(direct, BUF_SIZE, fmt, s1, v)         \
					     : snprintf(direct, BUF_SIZE, fmt, s1, s2, v);    \
			if (d != g || strcmp(direct, gbuf) != 0)                              \
				sharp_g_glibc_bugs++;                                         \
		}                                                                             \
	}

DEFINE_FLOAT_CHECK(check_double, double, "")
DEFINE_FLOAT_CHECK(check_ldouble, long double, "L")

/* Builds "%<flags><width><.prec><len><conv>"; returns the number of '*'
 * used and their values in s1, s2. */
static int make_format(char *fmt, const char *len, char conv, int max_width, int max_prec,
		       int *s1, int *s2)
{
	static const char flag_chars[] = "-+ #0";
	char *p = fmt;
	int nstar = 0;
	int stars[2];

	*p++ = '%';
	unsigned nflags = rnd_below(4);
	for (unsigned i = 0; i < nflags; i++)
		*p++ = flag_chars[rnd_below(5)];
	switch (rnd_below(4)) {
	case 0:
		break;
	case 1:
		*p++ = '*';
		stars[nstar++] = (int)rnd_below(2 * (unsigned)max_width + 1) - max_width;
		break;
	default:
		p += sprintf(p, "%u", rnd_below((unsigned)max_width + 1));
		break;
	}
	switch (rnd_below(4)) {
	case 0:
		break;
	case 1:
		*p++ = '.';
		*p++ = '*';
		stars[nstar++] = (int)rnd_below((unsigned)max_prec + 3) - 2;
		break;
	case 2:
		*p++ = '.';
		break;
	default:
		p += sprintf(p, ".%u", rnd_below((unsigned)max_prec + 1));
		break;
	}
	p += sprintf(p, "%s%c", len, conv);
	*p = '\0';
	*s1 = nstar > 0 ? stars[0] : 0;
	*s2 = nstar > 1 ? stars[1] : 0;
	return nstar;
}

/* Integers that exercise the edges more often than uniform bits would. */
static uint64_t rnd_integer(void)
{
	switch (rnd_below(8)) {
	case 0: return 0;
	case 1: return rnd_below(20);
	case 2: return (uint64_t)-(int64_t)rnd_below(20);
	case 3: {
		static const uint64_t edges[] = {
			INT8_MAX, (uint64_t)INT8_MIN, UINT8_MAX, INT16_MAX, (uint64_t)INT16_MIN,
			UINT16_MAX, INT32_MAX, (uint64_t)INT32_MIN, UINT32_MAX, INT64_MAX,
			(uint64_t)INT64_MIN, UINT64_MAX,
		};
		return edges[rnd_below(sizeof edges / sizeof edges[0])];
	}
	default: return rnd() >> rnd_below(64);
	}
}

static void integer_case(void)
{
	static const char convs[] = "diouxX";
	static const char *const lens[] = {"", "hh", "h", "l", "ll", "j", "z", "t"};
	char fmt[64], value[64];
	int s1, s2;
	const char *len = lens[rnd_below(8)];
	char conv = convs[rnd_below(6)];
	int nstar = make_format(fmt, len, conv, 30, 30, &s1, &s2);
	uint64_t v = rnd_integer();

	snprintf(value, sizeof value, "0x%llx", (unsigned long long)v);
	if (len[0] == '\0' || len[0] == 'h')
		check_int(fmt, nstar, s1, s2, (int)v, value);
	else if (strcmp(len, "ll") == 0)
		check_llong(fmt, nstar, s1, s2, (long long)v, value);
	else
		check_long(fmt, nstar, s1, s2, (long)v, value);
}

static double rnd_double(void)
{
	double d;
	uint64_t bits;

	switch (rnd_below(6)) {
	case 0:
		/* Any bit pattern: subnormals, inf, nan, both zeros. */
		bits = rnd();
		memcpy(&d, &bits, sizeof d);
		return d;
	case 1: {
		/* Exponents near zero, where %f and %g have digits on both sides. */
		bits = (rnd() & UINT64_C(0x800fffffffffffff)) | (uint64_t)(1023 - 40 + rnd_below(80)) << 52;
		memcpy(&d, &bits, sizeof d);
		return d;
	}
	case 2: {
		/* Short decimals (k / 10^j) and exact halves: rounding ties. */
		double v = (double)(int64_t)(rnd() % 2000001) - 1000000;
		for (unsigned j = rnd_below(8); j > 0; j--)
			v /= 10;
		return v;
	}
	case 3: {
		double v = (double)(rnd() % 100001) / (double)(1u << rnd_below(12));
		return rnd() & 1 ? -v : v;
	}
	case 4: {
		static const double edges[] = {
			0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 9.5, 0.05, 0.15, 0.25, 0.35, 999.5, 9999999.5,
			1e22, 1e23, 1e-5, 1e-4, 123456789.0, DBL_MAX, -DBL_MAX, DBL_MIN,
			DBL_TRUE_MIN, DBL_EPSILON, INFINITY, -INFINITY, NAN, -NAN, 0.1, 1.0 / 3,
		};
		return edges[rnd_below(sizeof edges / sizeof edges[0])];
	}
	default: {
		/* Powers of ten and their neighbours. */
		double v = pow(10, (int)rnd_below(640) - 320);
		return rnd() & 1 ? nextafter(v, 0) : v;
	}
	}
}

static void double_case(void)
{
	static const char convs[] = "fFeEgGaA";
	char fmt[64], value[64];
	int s1, s2;
	char conv = convs[rnd_below(8)];
	/* Mostly small precisions; sometimes long ones. */
	int max_prec = rnd_below(10) == 0 ? 400 : 40;
	int nstar = make_format(fmt, "", conv, 40, max_prec, &s1, &s2);
	double d = rnd_double();

	snprintf(value, sizeof value, "%a", d);
	check_double(fmt, nstar, s1, s2, d, value);
}

static long double rnd_long_double(void)
{
	switch (rnd_below(5)) {
	case 0: {
		/* x87 bits with a consistent integer bit: normals and
		 * subnormals of the whole range, plus inf and nan. */
		uint64_t mant = rnd();
		unsigned be = 16383 - 600 + rnd_below(1200);
		if (rnd_below(8) == 0)
			be = rnd_below(2) ? 0 : 0x7fff;
		else if (rnd_below(256) == 0)
			be = rnd_below(0x7fff); /* anywhere: rare, see f128_random_case */
		else if (rnd_below(16) == 0)
			be = 16383 + rnd_below(0x7fff - 16383);
		mant = be == 0 ? mant & ~(UINT64_C(1) << 63) : mant | UINT64_C(1) << 63;
		uint16_t se = (uint16_t)(be | (rnd() & 1) << 15);
		long double x = 0;
		memcpy(&x, &mant, 8);
		memcpy((char *)&x + 8, &se, 2);
		return x;
	}
	case 1: {
		long double v = (long double)(int64_t)(rnd() % 2000001) - 1000000;
		for (unsigned j = rnd_below(10); j > 0; j--)
			v /= 10;
		return v;
	}
	case 2: {
		static const long double edges[] = {
			0.0L, -0.0L, 1.0L, 0.5L, 2.5L, 0.125L, 1e22L, 1e-30L, LDBL_MAX, LDBL_MIN,
			LDBL_TRUE_MIN, LDBL_EPSILON, 1.0L / 3, 0.1L,
		};
		return edges[rnd_below(sizeof edges / sizeof edges[0])];
	}
	default:
		return (long double)rnd_double() * (1 + (long double)rnd() / 0x1p64L);
	}
}

static void long_double_case(void)
{
	static const char convs[] = "fFeEgGaA";
	char fmt[64], value[64];
	int s1, s2;
	char conv = convs[rnd_below(8)];
	int max_prec = rnd_below(10) == 0 ? 200 : 40;
	int nstar = make_format(fmt, "L", conv, 40, max_prec, &s1, &s2);
	long double x = rnd_long_double();

	snprintf(value, sizeof value, "%La", x);
	check_ldouble(fmt, nstar, s1, s2, x, value);
}

static void text_case(void)
{
	static const char *const strings[] = {"", "a", "hello", "with space", "0123456789abcdef", NULL};
	char fmt[64], value[64];
	int s1, s2;

	switch (rnd_below(4)) {
	case 0: {
		const char *str = strings[rnd_below(6)];
		int nstar = make_format(fmt, "", 's', 20, 20, &s1, &s2);
		snprintf(value, sizeof value, "\"%s\"", str ? str : "NULL");
		check_str(fmt, nstar, s1, s2, str, value);
		break;
	}
	case 1: {
		int c = (int)rnd_below(255) + 1;
		int nstar = make_format(fmt, "", 'c', 20, 0, &s1, &s2);
		snprintf(value, sizeof value, "%d", c);
		check_int(fmt, nstar, s1, s2, c, value);
		break;
	}
	case 2: {
		void *ptr = rnd_below(4) == 0 ? NULL : (void *)(uintptr_t)(rnd() >> rnd_below(64));
		int nstar = make_format(fmt, "", 'p', 30, 20, &s1, &s2);
		snprintf(value, sizeof value, "%p", ptr);
		check_ptr(fmt, nstar, s1, s2, ptr, value);
		break;
	}
	default: {
		/* Literal text and %% between conversions, which take (at
		 * most) an int, a string and a char, in that order. */
		static const char *const fmts[] = {
			"plain", "%%", "a%%b%d", "%d%%%s", "x%5dy%-5sz", "%%%i%%", "%d %s %c %%",
		};
		const char *f = fmts[rnd_below(7)];
		int v = (int)rnd_below(1000);
		int g = snprintf(gbuf, BUF_SIZE, f, v, "s", 'c');
		int w = w64_snprintf(wbuf, BUF_SIZE, f, v, "s", 'c');
		compare("literal", f, "-", g, w);
		break;
	}
	}
}

/* snprintf truncation: every buffer size from 0 to just past the full
 * length, same return value (the full length) and same bytes. */
static void truncation_case(void)
{
	char fmt[64], value[64];
	int s1, s2;
	char small_g[80], small_w[80];
	double d = rnd_double();
	int nstar;
	/* Not %#g, where glibc is wrong (see sharp_g_format). */
	do
		nstar = make_format(fmt, "", "fega"[rnd_below(4)], 20, 20, &s1, &s2);
	while (strchr(fmt, '#') != NULL && fmt[strlen(fmt) - 1] == 'g');
	snprintf(value, sizeof value, "%a", d);
	int full = nstar == 0 ? snprintf(NULL, 0, fmt, d) : nstar == 1 ? snprintf(NULL, 0, fmt, s1, d)
							    : snprintf(NULL, 0, fmt, s1, s2, d);
	if (full < 0 || full > 60)
		return;
	for (size_t n = 0; n <= (size_t)full + 1; n++) {
		memset(small_g, '#', sizeof small_g);
		memset(small_w, '#', sizeof small_w);
		int g, w;
		if (nstar == 0) {
			g = snprintf(small_g, n, fmt, d);
			w = w64_snprintf(small_w, n, fmt, d);
		} else if (nstar == 1) {
			g = snprintf(small_g, n, fmt, s1, d);
			w = w64_snprintf(small_w, n, fmt, s1, d);
		} else {
			g = snprintf(small_g, n, fmt, s1, s2, d);
			w = w64_snprintf(small_w, n, fmt, s1, s2, d);
		}
		cases++;
		if (g != w || memcmp(small_g, small_w, sizeof small_g) != 0) {
			memcpy(gbuf, small_g, n);
			gbuf[n] = '\0';
			memcpy(wbuf, small_w, n);
			wbuf[n] = '\0';
			report("truncation", fmt, value, g, w);
		}
	}
}

/* %n with each length modifier stores the count so far. */
static void count_case(void)
{
	signed char hh1 = 0, hh2 = 0;
	short h1 = 0, h2 = 0;
	int i1 = 0, i2 = 0;
	long l1 = 0, l2 = 0;
	long long ll1 = 0, ll2 = 0;
	intmax_t j1 = 0, j2 = 0;
	size_t z1 = 0, z2 = 0;
	ptrdiff_t t1 = 0, t2 = 0;
	int width = (int)rnd_below(300);
	const char *fmt = "%*d%hhn|%hn|%n|%ln|%lln|%jn|%zn|%tn";

	int g = snprintf(gbuf, BUF_SIZE, fmt, width, 7, &hh1, &h1, &i1, &l1, &ll1, &j1, &z1, &t1);
	int w = w64_snprintf(wbuf, BUF_SIZE, fmt, width, 7, &hh2, &h2, &i2, &l2, &ll2, &j2, &z2, &t2);
	compare("%n", fmt, "-", g, w);
	cases++;
	if (hh1 != hh2 || h1 != h2 || i1 != i2 || l1 != l2 || ll1 != ll2 || j1 != j2 || z1 != z2 ||
	    t1 != t2)
		report("%n counts", fmt, "-", g, w);
}

static void fixed_cases(void)
{
	static const char *const dfmts[] = {
		"%.60f", "%.4000f", "%.1100e", "%.800g", "%f", "%e", "%g", "%a", "%.0f", "%.0e",
		"%#.0f", "%#.0e", "%#g", "%#.0g", "%+.3a", "%.13a", "%.14a", "%.1a", "%.0a", "%#.0a",
		"%-20.5g|", "%020.5e", "%+020.3f", "% 020.3a", "%-+ #020.10g",
	};
	static const double dvals[] = {
		1e308, DBL_MAX, -DBL_MAX, DBL_MIN, DBL_TRUE_MIN, -DBL_TRUE_MIN, 0.0, -0.0, 1.0,
		0.1, 2.5, 0.5, 1.5, 5e-324, 1e-320, 123456789012345678.0, 1e15, 1e16, 1e17,
		4.35, 0.000123456, 9.9999999999999999e22, INFINITY, -INFINITY, NAN, -NAN,
		0x1.fffffffffffffp0, 0x1.0000000000001p0, 0x1.08p0, 0x1.18p0, 0x1.f8p0,
	};
	char value[64];

	for (size_t i = 0; i < sizeof dfmts / sizeof dfmts[0]; i++) {
		for (size_t j = 0; j < sizeof dvals / sizeof dvals[0]; j++) {
			snprintf(value, sizeof value, "%a", dvals[j]);
			check_double(dfmts[i], 0, 0, 0, dvals[j], value);
		}
	}

	static const char *const lfmts[] = {
		"%La", "%LA", "%.0La", "%.1La", "%.15La", "%.16La", "%.20La", "%Le", "%.40Le",
		"%.4950Lf", "%.100Lg", "%Lf", "%.0Lf", "%.5000Le",
	};
	static const long double lvals[] = {
		LDBL_MAX, -LDBL_MAX, LDBL_MIN, LDBL_TRUE_MIN, 1.0L, 0.1L, 1.5L, 15.5L,
		0x1.fffp0L, 0.0L, -0.0L, 1e4000L, 1e-4000L,
	};
	for (size_t i = 0; i < sizeof lfmts / sizeof lfmts[0]; i++) {
		for (size_t j = 0; j < sizeof lvals / sizeof lvals[0]; j++) {
			snprintf(value, sizeof value, "%La", lvals[j]);
			check_ldouble(lfmts[i], 0, 0, 0, lvals[j], value);
		}
	}
}

/*
 * binary128, the wasm64 long double: the x86_64 libc under test has no
 * such printf argument type, so the value goes to the engine directly,
 * taken apart as the wasm64 printf does, and is compared with glibc's
 * strfromf128 (which takes "%[.prec]{a,e,f,g}" and nothing else).
 */
struct str_sink {
	struct __w64_sink base;
	char *p;
	size_t room;
};

static int str_write(struct __w64_sink *s, const char *p, size_t n)
{
	struct str_sink *ss = (struct str_sink *)s;
	if (n > ss->room)
		n = ss->room;
	memcpy(ss->p, p, n);
	ss->p += n;
	ss->room -= n;
	return 0;
}

static void f128_from_bits(struct __w64_fp *v, uint64_t hi, uint64_t lo)
{
	unsigned be = (unsigned)(hi >> 48) & 0x7fff;
	uint64_t frac_hi = hi & ((UINT64_C(1) << 48) - 1);

	v->neg = (int)(hi >> 63);
	v->mant_bits = 113;
	v->mant_hi = be ? frac_hi | UINT64_C(1) << 48 : frac_hi;
	v->mant_lo = lo;
	v->exp = (be ? (int)be : 1) - 16383 - 112;
	v->kind = be == 0x7fff ? ((frac_hi | lo) ? W64_FP_NAN : W64_FP_INF)
		: (be == 0 && (frac_hi | lo) == 0) ? W64_FP_ZERO : W64_FP_FINITE;
}

static void f128_case(uint64_t hi, uint64_t lo, char conv, int prec)
{
	char fmt[32], value[64];
	__float128 x;
	uint64_t words[2] = {lo, hi};
	memcpy(&x, words, sizeof x);

	if (prec < 0)
		snprintf(fmt, sizeof fmt, "%%%c", conv);
	else
		snprintf(fmt, sizeof fmt, "%%.%d%c", prec, conv);
	int g = strfromf128(gbuf, BUF_SIZE, fmt, x);

	struct __w64_fp v;
	struct __w64_spec spec = {.flags = 0, .width = 0, .prec = prec, .conv = conv};
	struct str_sink sink = {.base = {.write = str_write}, .p = wbuf, .room = BUF_SIZE - 1};
	f128_from_bits(&v, hi, lo);
	int w = __w64_format_fp(&sink.base, &v, &spec) == 0 ? (int)sink.base.count : -1;
	*sink.p = '\0';
	snprintf(value, sizeof value, "0x%016llx%016llx", (unsigned long long)hi, (unsigned long long)lo);
	compare("binary128", fmt, value, g, w);
}

static void f128_random_case(void)
{
	uint64_t hi = rnd(), lo = rnd();
	unsigned be;

	/*
	 * Tiny values (large negative exponents) are rare here: the smallest
	 * subnormal costs a million big-number steps, a few milliseconds
	 * under the sanitizers.  Raise W64_DIFF_CASES to see more of them.
	 */
	switch (rnd_below(256) == 0 ? 0 : rnd_below(32) == 0 ? 2 : (int[]){1, 3, 4}[rnd_below(3)]) {
	case 0: /* anywhere, subnormals included */
		be = rnd_below(0x7fff);
		break;
	case 1: /* near 1 */
		be = 16383 - 60 + rnd_below(120);
		break;
	case 2: /* large, up to the maximum (also slower) */
		be = 16383 + rnd_below(0x7fff - 16383);
		break;
	case 3: /* zero, inf, nan */
		be = rnd_below(2) ? 0x7fff : 0;
		if (rnd_below(2))
			lo = 0, hi &= UINT64_C(0xffff000000000000);
		break;
	default: /* few significant bits: ties */
		lo = 0;
		hi &= UINT64_C(0x8000fff000000000);
		be = 16383 - 20 + rnd_below(40);
		break;
	}
	hi = (hi & UINT64_C(0x8000ffffffffffff)) | (uint64_t)be << 48;
	char conv = "aefg"[rnd_below(4)];
	int prec = rnd_below(5) == 0 ? -1 : (int)rnd_below(rnd_below(10) == 0 ? 120 : 40);
	f128_case(hi, lo, conv, prec);
}

/*
 * POSIX positions: a format of 1 to 8 conversions that name their
 * arguments ("%3$.2f", "%1$*5$d", "%2$-.*6$ld") in any order, reusing
 * some, over six arguments of fixed types; every position is named at
 * least once (an unnamed one is undefined).
 */
static unsigned long positional_glibc_bugs;

static void positional_case(void)
{
	static const char *const convs[] = {"d", "x", "u", "ld", "lX", "f", "e", "g", "a", "s", "c"};
	static const char args_of[] = {1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 1};
	char fmt[512], *p = fmt, value[96];
	int used[7] = {0};
	unsigned n = 1 + rnd_below(8);

	for (unsigned i = 0; i < n + 6; i++) {
		unsigned k = rnd_below(sizeof convs / sizeof convs[0]);
		if (i >= n) { /* then name any position not named yet */
			int pos = (int)(i - n) + 1;
			if (used[pos])
				continue;
			if (pos >= 5) { /* a width or precision argument */
				p += sprintf(p, pos == 5 ? "<%%1$*5$d>" : "<%%1$.*6$d>");
				used[1] = used[pos] = 1;
				continue;
			}
			for (k = 0; args_of[k] != pos; k++)
				;
		}
		int arg = args_of[k];
		used[arg] = 1;
		p += sprintf(p, "[%%%d$", arg);
		if (rnd_below(3) == 0) /* %#g: glibc's bug above, checked by double_case */
			*p++ = "-+ #0"[rnd_below(convs[k][0] == 'g' ? 3 : 5)];
		if (rnd_below(4) == 0) {
			p += sprintf(p, "*5$");
			used[5] = 1;
		} else if (rnd_below(2)) {
			p += sprintf(p, "%u", rnd_below(20));
		}
		if (convs[k][0] != 'c') { /* a precision on %c is undefined */
			if (rnd_below(4) == 0) {
				p += sprintf(p, ".*6$");
				used[6] = 1;
			} else if (rnd_below(2)) {
				p += sprintf(p, ".%u", rnd_below(12));
			}
		}
		p += sprintf(p, "%s]", convs[k]);
	}
	*p = '\0';
	int a1 = (int)rnd_integer();
	long a2 = (long)rnd_integer();
	double a3 = rnd_double();
	const char *a4 = rnd_below(2) ? "text" : "";
	int a5 = (int)rnd_below(41) - 20, a6 = (int)rnd_below(14) - 2;
	if (strstr(fmt, "c]") != NULL)
		a1 = 'A' + (int)rnd_below(26); /* %c of a byte above 0x7f is locale-dependent */
	/* glibc's positional path keeps the '0' flag when a "*m$" width is
	 * negative (C says '-' then wins): "%1$0*2$d" of 7, -4 gives "7000".
	 * Such cases take the width's magnitude instead, counted apart. */
	if (a5 < 0 && strstr(fmt, "0*5$") != NULL) {
		a5 = -a5;
		positional_glibc_bugs++;
	}
	int g = snprintf(gbuf, BUF_SIZE, fmt, a1, a2, a3, a4, a5, a6);
	int w = w64_snprintf(wbuf, BUF_SIZE, fmt, a1, a2, a3, a4, a5, a6);
	snprintf(value, sizeof value, "%d,%ld,%a,\"%s\",%d,%d", a1, a2, a3, a4, a5, a6);
	compare("positional", fmt, value, g, w);
}

int main(void)
{
	unsigned long n = diff_setup(200000);

	for (unsigned long i = 0; i < n; i++) {
		switch (rnd_below(20)) {
		case 0: case 1: case 2: case 3: integer_case(); break;
		case 4: case 5: case 6: case 7: case 8: double_case(); break;
		case 9: case 10: case 11: long_double_case(); break;
		case 12: case 13: text_case(); break;
		case 14: truncation_case(); break;
		case 15: count_case(); break;
		case 16: positional_case(); break;
		default: f128_random_case(); break;
		}
	}
	fixed_cases();
	/* binary128 extremes: max, min normal, smallest subnormal, 1, 0.1. */
	static const uint64_t extremes[][2] = {
		{UINT64_C(0x7ffeffffffffffff), UINT64_MAX}, {UINT64_C(0x0001000000000000), 0},
		{0, 1}, {UINT64_C(0x3fff000000000000), 0},
		{UINT64_C(0x3ffb999999999999), UINT64_C(0x999999999999999a)},
	};
	for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++) {
		for (const char *c = "aefg"; *c; c++) {
			f128_case(extremes[i][0], extremes[i][1], *c, -1);
			f128_case(extremes[i][0], extremes[i][1], *c, 0);
			f128_case(extremes[i][0], extremes[i][1], *c, 36);
		}
		f128_case(extremes[i][0], extremes[i][1], 'f', 5000);
		f128_case(extremes[i][0], extremes[i][1], 'e', 12000);
	}

	printf("printf: %lu cases compared, %lu mismatches\n", cases, mismatches);
	printf("printf: %lu of them %%#g cases where glibc drops zeros; checked against glibc's e/f\n",
	       sharp_g_glibc_bugs);
	printf("printf: %lu positional cases with '0' and a negative \"*m$\" width, where glibc pads "
	       "with zeros; run with the width's magnitude\n",
	       positional_glibc_bugs);
	return mismatches != 0;
}
