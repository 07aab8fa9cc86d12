/*
 * strtod, strtof, strtold and atof against glibc on generated strings:
 * the same bits, the same end pointer, the same errno (by meaning: the
 * libc's ERANGE is WASI's 68).  Also binary128 — wasm64's long double —
 * through the same engine (__w64_strtofp with the binary128 format)
 * against glibc's strtof128, and the round trip of random doubles through
 * the libc's own snprintf("%.17g") and strtod.
 *
 *   strtod_diff       W64_DIFF_CASES strings (default 1000000), from
 *                     W64_DIFF_SEED (default 1)
 *
 * Strings: random doubles, floats and binary128 values printed with 1 to
 * 40 digits; exact halfway points between neighbours of every format
 * (written out in full — up to 11,500 digits for binary128 subnormals —
 * and then cut, nudged by one in the last digit, or followed by zeros
 * and a final 1); random digit strings with leading zeros, a point
 * anywhere and exponents across every format's range; hexadecimal
 * floats with long mantissas and extreme exponents; white space, signs,
 * inf/infinity/nan/nan(...) in any case, and broken forms ("1e", "0x",
 * ".", "-e5").  Prints mismatches (at most 20) and "strtod: N cases
 * compared, M mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "w64.h"
#include "w64_strtod.h"

#define W64_ERANGE 68

/* glibc has these, but declares them only for compilers it knows to
 * have _Float128 (not clang). */
__float128 strtof128(const char *restrict s, char **restrict end);
int strfromf128(char *restrict str, size_t n, const char *restrict format, __float128 fp);

static unsigned long cases, mismatches;
static void report(const char *fn, const char *s, const char *what, const char *g, const char *w)
{
	mismatches++;
	if (mismatches > 20)
		return;
	size_t len = strlen(s);
	printf("MISMATCH %s(\"%.*s%s\") [%zu chars]: %s\n  glibc %s\n  libc  %s\n", fn, len > 200 ? 200 : (int)len, s,
	       len > 200 ? "..." : "", len, what, g, w);
}

static int range_error(int e, int is_w64)
{
	return e == (is_w64 ? W64_ERANGE : ERANGE);
}

/*
 * Whether s, parsed in format f, is inexact and tiny (below the least
 * normal number): decided by parsing it again with 124 bits and an
 * exponent range no test string reaches, and comparing.
 */
static int inexact_tiny(const char *s, const struct __w64_fpfmt *f)
{
	static const struct __w64_fpfmt wide = {124, -40000, 40000};
	struct __w64_fpval n, w;
	__w64_strtofp(s, NULL, f, &n);
	__w64_strtofp(s, NULL, &wide, &w);
	if (n.kind != W64_FPV_FINITE || n.mant >> (f->prec - 1) != 0)
		return 0; /* zero (always flagged by both) or not tiny */
	if (w.kind != W64_FPV_FINITE)
		return 1;
	/* n.mant × 2^n.exp == w.mant × 2^w.exp ? */
	int d = n.exp - w.exp;
	if (d < 0 || d > 124)
		return 1;
	return (n.mant << d) != w.mant || (w.mant >> d) != n.mant;
}

/*
 * glibc (2.36) misses ERANGE on some inexact subnormal results: its
 * round_and_return folds the bits below the first dropped bit into
 * `more_bits` before the shift to the subnormal position, but not that
 * bit itself, so when it is the only non-zero one the result looks
 * exact.  Such cases are counted here, not as mismatches, when the
 * 124-bit parse confirms that the result is inexact.
 */
static unsigned long glibc_errno_misses, glibc_misrounded;
static const struct __w64_fpfmt *current_fmt;

/*
 * An independent rounding of a hexadecimal string (bit by bit, no shared
 * code with the libc) for the mismatches where glibc is the one that is
 * wrong: the same lost bit makes glibc 2.36 round some subnormal results
 * as ties when they are above the midpoint (0xCdCf...605cCp-16498 in
 * binary128: the dropped part is 0xC/16 = 3/4, glibc rounds down).
 * Returns whether the libc's result for s in format f is the correctly
 * rounded one; 0 when s is not a plain hexadecimal number.
 */
static int hex_reference_agrees(const char *s, const struct __w64_fpfmt *f)
{
	static unsigned char bits[1024]; /* the digits' bits, least significant first */
	int ndig = 0, nbits, frac = 0, dot = 0;
	long pexp = 0;
	const char *p = s;
	char digs[300];

	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '+' || *p == '-')
		p++;
	if (p[0] != '0' || (p[1] != 'x' && p[1] != 'X'))
		return 0;
	for (p += 2;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		int d = (*p >= '0' && *p <= '9') || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f');
		if (!d || ndig == (int)sizeof digs)
			break;
		digs[ndig++] = *p;
		frac += dot;
	}
	if ((*p | 0x20) == 'p')
		pexp = strtol(p + 1, NULL, 10);
	nbits = 4 * ndig;
	for (int i = 0; i < ndig; i++) {
		int c = digs[ndig - 1 - i], v = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
		for (int b = 0; b < 4; b++)
			bits[4 * i + b] = (unsigned char)(v >> b & 1);
	}
	long x = pexp - 4L * frac; /* value = bits × 2^x */
	int top = nbits - 1;
	while (top >= 0 && !bits[top])
		top--;
	struct __w64_fpval v;
	__w64_strtofp(s, NULL, f, &v);
	if (top < 0)
		return v.kind == W64_FPV_ZERO;
	long e = x + top - f->prec + 1, least = (long)f->emin - f->prec + 1;
	if (e < least)
		e = least;
	unsigned __int128 m = 0;
	for (long i = top; i >= 0 && i + x >= e; i--)
		m = m << 1 | bits[i];
	if (x > e)
		m <<= (x - e);
	long hpos = e - 1 - x; /* the bit just below the result's last */
	int half = hpos >= 0 && hpos <= top && bits[hpos], rest = 0;
	for (long i = (hpos > top ? top : hpos - 1); i >= 0; i--)
		rest |= bits[i];
	if (half && (rest || (m & 1)))
		m++;
	if (m >> f->prec) {
		m >>= 1;
		e++;
	}
	if (e > (long)f->emax - f->prec + 1)
		return v.kind == W64_FPV_INF;
	if (m == 0)
		return v.kind == W64_FPV_ZERO;
	return v.kind == W64_FPV_FINITE && v.mant == m && v.exp == e;
}

static void check_bits(const char *fn, const char *s, const void *g, const void *w, size_t size, char *gend,
		       char *wend, int gerr, int werr)
{
	char gs[80], ws[80];
	cases++;
	int same_bits = memcmp(g, w, size) == 0;
	if (same_bits && gend == wend && range_error(gerr, 0) == range_error(werr, 1) && (gerr == 0 || gerr == ERANGE) &&
	    (werr == 0 || werr == W64_ERANGE))
		return;
	if (same_bits && gend == wend && gerr == 0 && werr == W64_ERANGE && inexact_tiny(s, current_fmt)) {
		glibc_errno_misses++;
		return;
	}
	if (!same_bits && gend == wend && hex_reference_agrees(s, current_fmt)) {
		glibc_misrounded++;
		return;
	}
	const unsigned char *gb = g, *wb = w;
	int n = 0, m = 0;
	for (size_t i = size; i-- > 0;) {
		n += snprintf(gs + n, sizeof gs - (size_t)n, "%02x", gb[i]);
		m += snprintf(ws + m, sizeof ws - (size_t)m, "%02x", wb[i]);
	}
	snprintf(gs + n, sizeof gs - (size_t)n, " end+%td errno %d", gend - s, gerr);
	snprintf(ws + m, sizeof ws - (size_t)m, " end+%td errno %d", wend - s, werr);
	report(fn, s, same_bits ? "end or errno" : "value", gs, ws);
}

/* binary128 from the engine, packed as strtold packs it on wasm64. */
static __float128 w64_strtof128(const char *s, char **end, int *erange)
{
	static const struct __w64_fpfmt fmt = {113, -16382, 16383};
	struct __w64_fpval v;
	w64_u128 bits = 0;
	switch (__w64_strtofp(s, end, &fmt, &v)) {
	case W64_FPV_FINITE:
		bits = v.mant >> 112 ? (w64_u128)(v.exp + 16495) << 112 | (v.mant & (((w64_u128)1 << 112) - 1)) : v.mant;
		break;
	case W64_FPV_INF:
		bits = (w64_u128)0x7fff << 112;
		break;
	case W64_FPV_NAN:
		bits = (w64_u128)0xffff << 111 | v.payload;
		break;
	}
	bits |= (w64_u128)v.neg << 127;
	*erange = v.erange;
	__float128 f;
	memcpy(&f, &bits, sizeof f);
	return f;
}

/* The string through every conversion. */
static void check_string(const char *s)
{
	char *gend, *wend;
	int gerr, werr;

	errno = 0;
	w64_errno = 0;
	double gd = strtod(s, &gend);
	gerr = errno;
	double wd = w64_strtod(s, &wend);
	werr = w64_errno;
	static const struct __w64_fpfmt fmt_d = {53, -1022, 1023}, fmt_f = {24, -126, 127};
	static const struct __w64_fpfmt fmt_x = {64, -16382, 16383}, fmt_q = {113, -16382, 16383};
	current_fmt = &fmt_d;
	check_bits("strtod", s, &gd, &wd, sizeof gd, gend, wend, gerr, werr);

	errno = 0;
	w64_errno = 0;
	float gf = strtof(s, &gend);
	gerr = errno;
	float wf = w64_strtof(s, &wend);
	werr = w64_errno;
	current_fmt = &fmt_f;
	check_bits("strtof", s, &gf, &wf, sizeof gf, gend, wend, gerr, werr);

	errno = 0;
	w64_errno = 0;
	long double gl = strtold(s, &gend);
	gerr = errno;
	long double wl = w64_strtold(s, &wend);
	werr = w64_errno;
	current_fmt = &fmt_x;
	check_bits("strtold (x87)", s, &gl, &wl, 10, gend, wend, gerr, werr);

	errno = 0;
	__float128 gq = strtof128(s, &gend);
	gerr = errno;
	int erange;
	__float128 wq = w64_strtof128(s, &wend, &erange);
	current_fmt = &fmt_q;
	check_bits("strtof128 (binary128)", s, &gq, &wq, sizeof gq, gend, wend, gerr, erange ? W64_ERANGE : 0);

	/* atof is strtod(s, NULL), compared with glibc above. */
	gd = w64_strtod(s, NULL);
	wd = w64_atof(s);
	cases++;
	if (memcmp(&gd, &wd, sizeof gd) != 0)
		report("atof", s, "value differs from strtod's", "", "");
}

/* --- exact decimals ----------------------------------------------------- */

/* The exact decimal of M × 2^F as "<digits>e<exp>", into buf. */
static size_t exact_decimal(char *buf, size_t size, unsigned __int128 M, int F)
{
	static uint32_t limb[1400]; /* base 10^9, little-endian */
	int n = 0;
	for (unsigned __int128 v = M; v != 0; v /= 1000000000u)
		limb[n++] = (uint32_t)(v % 1000000000u);
	int left = F < 0 ? -F : F;
	while (left > 0) {
		int step = F < 0 ? (left < 13 ? left : 13) : (left < 29 ? left : 29);
		uint32_t factor = 1;
		for (int i = 0; i < step; i++)
			factor *= F < 0 ? 5 : 2;
		left -= step;
		uint64_t carry = 0;
		for (int k = 0; k < n; k++) {
			uint64_t t = (uint64_t)limb[k] * factor + carry;
			limb[k] = (uint32_t)(t % 1000000000u);
			carry = t / 1000000000u;
		}
		if (carry)
			limb[n++] = (uint32_t)carry;
	}
	size_t len = (size_t)snprintf(buf, size, "%u", limb[n - 1]);
	for (int k = n - 2; k >= 0; k--)
		len += (size_t)snprintf(buf + len, size - len, "%09u", limb[k]);
	len += (size_t)snprintf(buf + len, size - len, "e%d", F < 0 ? F : 0);
	return len;
}

/* Rewrites "<digits>e<exp>" in another of the equivalent forms, or nudges
 * it (last digit ± 1, cut, trailing zeros, a trailing 1). */
static void vary(char *buf, size_t size)
{
	char *e = strchr(buf, 'e');
	size_t nd = (size_t)(e - buf);
	long exp = strtol(e + 1, NULL, 10);
	char digits[12000];
	memcpy(digits, buf, nd);
	digits[nd] = '\0';

	switch (rnd_below(8)) {
	case 0: /* a nudge in the last digit */
		if (digits[nd - 1] > '0' && rnd_below(2))
			digits[nd - 1]--;
		else if (digits[nd - 1] < '9')
			digits[nd - 1]++;
		break;
	case 1: /* cut */
		if (nd > 1) {
			size_t keep = 1 + rnd_below((unsigned)nd - 1);
			exp += (long)(nd - keep);
			nd = keep;
			digits[nd] = '\0';
		}
		break;
	case 2: /* zeros and a one: just above */
	case 3: {
		unsigned z = rnd_below(40);
		for (unsigned i = 0; i < z && nd < sizeof digits - 2; i++)
			digits[nd++] = '0', exp--;
		if (rnd_below(2))
			digits[nd++] = '1', exp--;
		digits[nd] = '\0';
		break;
	}
	default:
		break;
	}
	/* Format: d.ddd e±x, or digits with a point somewhere and an
	 * adjusted exponent. */
	long point = rnd_below(3) == 0 ? (long)rnd_below((unsigned)nd + 1) : 1;
	long shown_exp = exp + (long)nd - point;
	size_t n = 0;
	for (size_t i = 0; i < nd; i++) {
		if ((long)i == point)
			buf[n++] = '.';
		buf[n++] = digits[i];
	}
	n += (size_t)snprintf(buf + n, size - n, "%c%ld", rnd_below(2) ? 'e' : 'E', shown_exp);
}

/* A random finite value of a format, and the midpoint above it. */
static void halfway_case(char *buf, size_t size)
{
	int prec, emin, emax;
	switch (rnd_below(4)) {
	case 0: prec = 53, emin = -1022, emax = 1023; break;
	case 1: prec = 24, emin = -126, emax = 127; break;
	case 2: prec = 64, emin = -16382, emax = 16383; break;
	default: prec = 113, emin = -16382, emax = 16383; break;
	}
	int least = emin - prec + 1;
	unsigned __int128 m;
	int e;
	unsigned kind = rnd_below(5);
	/* The wide formats' extreme exponents make 5,000 to 11,500-digit
	 * strings: some, not too many. */
	if (prec > 53 && kind != 4 && rnd_below(16) != 0)
		kind = 4;
	switch (kind) {
	case 0: /* subnormal */
		e = least;
		m = (((unsigned __int128)rnd() << 64 | rnd()) >> (128 - prec + 1 + rnd_below((unsigned)prec - 1)));
		break;
	case 1: /* near the top */
		e = emax - prec + 1 - (int)rnd_below(3);
		m = ((unsigned __int128)1 << prec) - 1 - rnd_below(4);
		break;
	case 2: /* near the least normal */
		e = least + (int)rnd_below(2);
		m = ((unsigned __int128)1 << (prec - 1)) - 2 + rnd_below(4);
		break;
	default: /* anywhere, mostly moderate */
		e = rnd_below(prec > 53 ? 32 : 2) == 0 ? (int)rnd_below((unsigned)(emax - least)) + least
						       : (int)rnd_below(160) - 80 - prec;
		m = ((unsigned __int128)1 << (prec - 1)) |
		    ((((unsigned __int128)rnd() << 64 | rnd())) >> (128 - prec + 1));
		break;
	}
	exact_decimal(buf, size, 2 * m + 1, e - 1);
	vary(buf, size);
}

static void random_value_case(char *buf, size_t size)
{
	union {
		uint64_t u;
		double d;
	} u;
	u.u = rnd();
	int digits = 1 + (int)rnd_below(40);
	switch (rnd_below(4)) {
	case 0:
		snprintf(buf, size, "%.*g", digits, u.d);
		break;
	case 1: {
		union {
			uint32_t u;
			float f;
		} f = {(uint32_t)u.u};
		snprintf(buf, size, "%.*e", digits, (double)f.f);
		break;
	}
	case 2: {
		__float128 q;
		uint64_t parts[2] = {rnd(), rnd()};
		memcpy(&q, parts, sizeof q);
		char fmt[16];
		snprintf(fmt, sizeof fmt, "%%.%dg", digits);
		strfromf128(buf, size, fmt, q);
		break;
	}
	default:
		snprintf(buf, size, "%.*g", digits, u.d / 1e10 * (double)(rnd() % 1000));
		break;
	}
}

static void random_digits_case(char *buf, size_t size)
{
	size_t n = 0;
	static const char *const spaces[] = {"", "", "", " ", "\t", "\n \v\f\r"};
	n += (size_t)snprintf(buf + n, size - n, "%s", spaces[rnd_below(6)]);
	switch (rnd_below(4)) {
	case 0: buf[n++] = '-'; break;
	case 1: buf[n++] = '+'; break;
	}
	unsigned zeros = rnd_below(4) == 0 ? rnd_below(30) : 0;
	for (unsigned i = 0; i < zeros; i++)
		buf[n++] = '0';
	unsigned nd = rnd_below(8) == 0 ? 1 + rnd_below(900) : rnd_below(45);
	unsigned point = rnd_below(3) == 0 ? nd + 1 : rnd_below(nd + 1);
	for (unsigned i = 0; i <= nd && n < size - 40; i++) {
		if (i == point)
			buf[n++] = '.';
		if (i < nd)
			buf[n++] = (char)(rnd_below(5) == 0 ? '0' : '0' + rnd_below(10));
	}
	switch (rnd_below(5)) {
	case 0:
		break;
	case 1:
		n += (size_t)snprintf(buf + n, size - n, "e%d", (int)rnd_below(700) - 350);
		break;
	case 2:
		n += (size_t)snprintf(buf + n, size - n, "E%+d", (int)rnd_below(10000) - 5000);
		break;
	case 3:
		n += (size_t)snprintf(buf + n, size - n, "e%d", (int)rnd_below(100) - 50);
		break;
	default:
		n += (size_t)snprintf(buf + n, size - n, "%s", (const char *[]){"e", "e+", "E-", "e99999999999999", "e-99999999999999", "x", "e5x"}[rnd_below(7)]);
		break;
	}
	buf[n] = '\0';
}

static void hex_case(char *buf, size_t size)
{
	static const char hex[] = "0123456789abcdefABCDEF";
	size_t n = 0;
	if (rnd_below(3) == 0)
		buf[n++] = '-';
	buf[n++] = '0';
	buf[n++] = rnd_below(2) ? 'x' : 'X';
	unsigned nd = rnd_below(6) == 0 ? rnd_below(60) : 1 + rnd_below(32);
	unsigned point = rnd_below(2) ? rnd_below(nd + 1) : nd + 1;
	for (unsigned i = 0; i <= nd; i++) {
		if (i == point)
			buf[n++] = '.';
		if (i < nd)
			buf[n++] = rnd_below(4) == 0 ? '0' : hex[rnd_below(22)];
	}
	int exp;
	switch (rnd_below(5)) {
	case 0: exp = (int)rnd_below(300) - 150; break;
	case 1: exp = (int)rnd_below(2400) - 1200; break;
	case 2: exp = (int)rnd_below(33000) - 16500; break;
	case 3: exp = (int)rnd_below(40) - 1100 + (rnd_below(2) ? 2100 : 0); break;
	default: exp = (int)rnd_below(40) - 16500 + (rnd_below(2) ? 32850 : 0); break;
	}
	if (rnd_below(6) != 0)
		snprintf(buf + n, size - n, "%c%d", rnd_below(2) ? 'p' : 'P', exp);
	else
		snprintf(buf + n, size - n, "%s", (const char *[]){"", "p", "p+", "px", "g"}[rnd_below(5)]);
}

static void special_case(char *buf, size_t size)
{
	static const char *const words[] = {
		"inf", "INF", "Inf", "infinity", "INFINITY", "iNfInItY", "infinit", "infx", "in", "i",
		"nan", "NAN", "NaN", "nan()", "nan(123)", "nan(0x7ff)", "nan(0X1f)", "nan(017)", "nan(09)",
		"nan(abc_19)", "nan(", "nan(1", "nan(1 2)", "nan(0x)", "nan(-1)", "nanx", "na", "n",
		"", " ", ".", "..", "-", "+", "-.", ".e5", "e5", "-e5", "0x", "0x.", "0X.p1", "0xp1", "0x1p",
		"0x1p+", "0x1.", "0x.8", "1e", "1e+", "1e-", "1.e5", ".5e-2", "00000", "0.000", "-0", "+0",
		"-0.0e99999", "0e-99999", "1e-99999", "1e99999", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "2.2250738585072011e-308", "2.2250738585072012e-308",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff7ffffp1023", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022",
		"0x0.00000000000008000001p-1022", "0x1p-1075", "0x1.0000000000001p-1075", "1.17549435e-38",
		"3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46", "0x1.fffffep127", "0x1.ffffffp127",
		"1.18973149535723176502e+4932", "1.18973149535723176508575932662800702e4932", "3.6e-4951",
		"6.5e-4966", "3.2e-4966", "0.1", "0.2", "0.3", "1e23", "9007199254740993", "9007199254740992.5",
	};
	size_t n = 0;
	if (rnd_below(3) == 0)
		buf[n++] = " \t\n"[rnd_below(3)];
	if (rnd_below(3) == 0)
		buf[n++] = "+-"[rnd_below(2)];
	snprintf(buf + n, size - n, "%s%s", words[rnd_below(sizeof words / sizeof *words)],
		 rnd_below(4) == 0 ? (const char *[]){"x", "0", ")", "(", " 1", "e5", "p1"}[rnd_below(7)] : "");
}

/* A double through the libc's own snprintf("%.17g") and strtod. */
static void roundtrip_case(void)
{
	union {
		uint64_t u;
		double d;
	} in, out;
	char buf[64];
	in.u = rnd();
	if (rnd_below(4) == 0)
		in.u &= UINT64_C(0x800fffffffffffff) | (uint64_t)rnd_below(3) << 52; /* subnormals, tiny normals */
	if (isnan(in.d))
		return;
	w64_snprintf(buf, sizeof buf, "%.17g", in.d);
	out.d = w64_strtod(buf, NULL);
	cases++;
	if (in.u != out.u) {
		char g[32], w[32];
		snprintf(g, sizeof g, "%016llx", (unsigned long long)in.u);
		snprintf(w, sizeof w, "%016llx", (unsigned long long)out.u);
		report("roundtrip %.17g", buf, "bits", g, w);
	}
}

int main(void)
{
	unsigned long n = diff_setup(1000000);
	static char buf[24000];

	for (unsigned long i = 0; i < n; i++) {
		switch (rnd_below(16)) {
		case 0:
		case 1:
		case 2:
		case 3:
			random_value_case(buf, sizeof buf);
			break;
		case 4:
		case 5:
		case 6:
		case 7:
			halfway_case(buf, sizeof buf);
			break;
		case 8:
		case 9:
		case 10:
			random_digits_case(buf, sizeof buf);
			break;
		case 11:
		case 12:
			hex_case(buf, sizeof buf);
			break;
		case 13:
			special_case(buf, sizeof buf);
			break;
		default:
			roundtrip_case();
			roundtrip_case();
			continue;
		}
		check_string(buf);
	}
	printf("glibc left errno 0 on %lu inexact subnormal results (the libc sets ERANGE; see check_bits)\n",
	       glibc_errno_misses);
	printf("glibc misrounded %lu hexadecimal subnormals (the libc agrees with an exact bit-by-bit rounding)\n",
	       glibc_misrounded);
	printf("strtod: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
