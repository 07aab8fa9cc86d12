/*
 * sscanf against glibc, and scanf against printf.
 *
 *   scanf_diff      W64_DIFF_CASES cases (default 200000), seed W64_DIFF_SEED
 *
 * Round trips: a random value of every integer type and of float, double
 * and long double (x87 here) is printed by glibc's snprintf with a random
 * matching format (%d %i %o %u %x %X with flags and widths, %.Ng %e %f %a
 * at random precisions, %.17g, %a), and read back by both sscanfs with the
 * matching conversion.  Both must return the same count, store the same
 * bits and agree on %n; and the value read must be the value printed when
 * the text was exact (integers, %a, %.17g of a double...).
 *
 * Noise: random inputs built from digits, signs, points, spaces and
 * letters, read with random directives (integers in every base, floats,
 * %p, %s, %c, scansets with ']' and '^', literals, %n, suppression,
 * widths).  Everything must
 * match glibc except where glibc departs from C11: an item that only
 * begins a number ("0x", "1e+", "nan(", "infin") is a matching failure
 * in C11 and a number in glibc, so noise for those conversions (and for
 * %x %i %p, because of "0x") leaves out the letters that make such items
 * ('x', 'e', 'p', 'n', 'i'); and %Nc
 * with fewer than N bytes left fails in C11 but not in glibc, so noise
 * uses %c without a width (tests/libc/scanf.c checks the C11 answers).
 *
 * Prints mismatches (at most 20) and "scanf: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches;
static void report(const char *what, const char *input, const char *fmt, const char *detail)
{
	mismatches++;
	if (mismatches <= 20)
		printf("MISMATCH %s: sscanf(\"%s\", \"%s\"): %s\n", what, input, fmt, detail);
}

/* Up to four results of one sscanf, as bytes, with the count. */
struct result {
	int ret;
	int n;
	_Alignas(16) unsigned char v[4][64];
};

/* --- round trips --------------------------------------------------------- */

static void int_round_trip(void)
{
	static const char *const lengths[] = {"hh", "h", "", "l", "ll", "j", "z", "t"};
	static const int sizes[] = {1, 2, 4, 8, 8, 8, 8, 8};
	static const char convs[] = "diouxX";
	int li = (int)rnd_below(8);
	char conv = convs[rnd_below(6)];
	int is_signed = conv == 'd' || conv == 'i';
	uint64_t bits = rnd() >> rnd_below(64);
	int size = sizes[li];
	/* The value of that type. */
	int64_t sv;
	uint64_t uv;
	if (size < 8) {
		uint64_t mask = (UINT64_C(1) << (8 * size)) - 1;
		uv = bits & mask;
		sv = (int64_t)(uv << (64 - 8 * size)) >> (64 - 8 * size);
	} else {
		uv = bits;
		sv = (int64_t)bits;
	}
	if (is_signed && rnd_below(2))
		sv = -sv;

	/* Print it as glibc does, with random flags and width. */
	char pfmt[32], sfmt[32], input[128];
	const char *flags[] = {"", "#", "+", " ", "0", "-", "#0"};
	const char *fl = flags[rnd_below(7)];
	if (conv == 'i' && strchr(fl, '#'))
		fl = "";
	int width = rnd_below(3) == 0 && conv != 'i' ? (int)rnd_below(30) : 0;
	/* %i reads a leading 0 as octal: print it in a base it reads back. */
	char pconv = conv == 'i' ? "dxo"[rnd_below(3)] : conv;
	const char *pfx = conv == 'i' && pconv == 'x' ? "0x" : conv == 'i' && pconv == 'o' ? "0" : "";
	if (conv == 'i' && pconv != 'd')
		fl = "";
	snprintf(pfmt, sizeof pfmt, "%s%%%s%d%s%c", pfx, fl, width, li < 5 ? lengths[li] : "ll", pconv);
	if (pconv == 'd')
		snprintf(input, sizeof input, pfmt, (long long)sv);
	else if (conv == 'i')
		snprintf(input, sizeof input, pfmt, (unsigned long long)(sv < 0 ? 0 - (uint64_t)sv : (uint64_t)sv) &
							   (size < 8 ? (UINT64_C(1) << (8 * size)) - 1 : UINT64_MAX));
	else
		snprintf(input, sizeof input, pfmt, (unsigned long long)uv);
	if (conv == 'i' && pconv != 'd' && sv < 0) {
		/* A sign in front of the prefix: "-0x1f". */
		memmove(input + 1, input, strlen(input) + 1);
		input[0] = '-';
	}

	snprintf(sfmt, sizeof sfmt, "%%%s%c%%n", lengths[li], conv);
	_Alignas(8) unsigned char gv[8];
	_Alignas(8) unsigned char wv[8];
	int gn = -1, wn = -1;
	memset(gv, 0xa5, sizeof gv);
	memset(wv, 0xa5, sizeof wv);
	int gr = sscanf(input, sfmt, (void *)gv, &gn);
	int wr = w64_sscanf(input, sfmt, (void *)wv, &wn);
	cases++;
	char detail[200];
	if (gr != wr || gn != wn || memcmp(gv, wv, (size_t)size) != 0) {
		snprintf(detail, sizeof detail, "glibc %d n=%d, libc %d n=%d", gr, gn, wr, wn);
		report("integer round trip", input, sfmt, detail);
	}
}

static long double as_long_double(const unsigned char *p, int kind)
{
	float f;
	double d;
	long double ld = 0;
	if (kind == 0) {
		memcpy(&f, p, sizeof f);
		return f;
	}
	if (kind == 1) {
		memcpy(&d, p, sizeof d);
		return d;
	}
	memcpy(&ld, p, 10);
	return ld;
}

static void float_round_trip(void)
{
	int kind = (int)rnd_below(3); /* float, double, long double */
	uint64_t bits = rnd();
	double d;
	float f;
	long double ld;
	switch (rnd_below(6)) {
	case 0: /* any bit pattern */
		memcpy(&d, &bits, sizeof d);
		break;
	case 1: /* short decimals */
		d = (double)(int64_t)(bits % 2000001) / pow(10, (double)rnd_below(12));
		break;
	case 2: /* powers and extremes */
		d = ldexp(1.0, (int)rnd_below(2100) - 1075);
		break;
	default:
		d = (double)(bits >> 11) * 0x1p-53 * pow(10, (double)rnd_below(60) - 30);
		break;
	}
	if (rnd_below(2))
		d = -d;
	f = (float)d;
	ld = (long double)d * (1 + (long double)(bits & 0xff) * 0x1p-60L);

	static const char convs[] = "aAeEfFgG";
	char conv = convs[rnd_below(8)];
	char pfmt[32], sfmt[32], input[512];
	int prec = rnd_below(3) == 0 ? -1 : (int)rnd_below(kind == 2 ? 25 : 20);
	int exact = 0;
	if (prec < 0)
		snprintf(pfmt, sizeof pfmt, "%%%s%c", kind == 2 ? "L" : "", conv);
	else
		snprintf(pfmt, sizeof pfmt, "%%.%d%s%c", prec, kind == 2 ? "L" : "", conv);
	if (conv == 'a' || conv == 'A')
		exact = prec < 0;
	if (kind == 2) {
		if ((conv == 'f' || conv == 'F') && fabsl(ld) > 1e60L)
			conv = 'e';
		snprintf(input, sizeof input, pfmt, ld);
	} else {
		double v = kind == 0 ? (double)f : d;
		if ((conv == 'f' || conv == 'F') && fabs(v) > 1e60)
			return;
		snprintf(input, sizeof input, pfmt, v);
		if ((conv == 'g' || conv == 'G') && prec == (kind == 0 ? 9 : 17))
			exact = 1;
	}
	snprintf(sfmt, sizeof sfmt, "%%%s%c%%n", kind == 0 ? "" : kind == 1 ? "l" : "L", conv);

	_Alignas(16) unsigned char gv[16];
	_Alignas(16) unsigned char wv[16];
	memset(gv, 0, sizeof gv);
	memset(wv, 0, sizeof wv);
	int gn = -1, wn = -1;
	int gr = sscanf(input, sfmt, (void *)gv, &gn);
	int wr = w64_sscanf(input, sfmt, (void *)wv, &wn);
	size_t size = kind == 0 ? sizeof f : kind == 1 ? sizeof d : 10;
	cases++;
	char detail[200];
	int same = gr == wr && gn == wn && memcmp(gv, wv, size) == 0;
	/* NaN payloads need not survive; the sign and NaN-ness must. */
	if (!same && gr == 1 && wr == 1 && gn == wn) {
		long double a = as_long_double(gv, kind), b = as_long_double(wv, kind);
		same = isnan(a) && isnan(b) && signbit(a) == signbit(b);
	}
	if (!same) {
		snprintf(detail, sizeof detail, "glibc %d n=%d, libc %d n=%d", gr, gn, wr, wn);
		report("float round trip", input, sfmt, detail);
		return;
	}
	if (exact && wr == 1 && kind == 1 && !isnan(d)) {
		double back;
		memcpy(&back, wv, sizeof back);
		cases++;
		if (back != d)
			report("value changed in the round trip", input, sfmt, "not the value printed");
	}
}

/* --- noise ------------------------------------------------------------------ */

static void noise(void)
{
	static const char *const directives[] = {
		"%d", "%u", "%o", "%ld", "%hhd", "%hu", "%3d", "%1d", "%*d", "%lf", "%f", "%5lf", "%Lf",
		"%s", "%3s", "%c", "%[0-9]", "%[^ ]", "%[a-f.]", "%2[-+0-9]", "%n", " ", "-",
		".", "%%", "x", "%*s", "%*[0-9]", "%x", "%i", "%hx", "%lli", "%[^]a-c]", "%[]x]", "%p",
	};
	enum { ND = sizeof directives / sizeof directives[0] };
	static const char chars[] = "0123456789+-. \t\nabcdfgABCD%xepni";
	int no_letters = 0;
	char fmt[128] = "";
	int nd = 1 + (int)rnd_below(4);
	int kinds[4];
	for (int i = 0; i < nd; i++) {
		int k = (int)rnd_below(ND);
		kinds[i] = k;
		strcat(fmt, directives[k]);
		/* Number conversions that read a hex or exponent prefix. */
		if (strpbrk(directives[k], "fxip") != NULL && directives[k][1] != '[')
			no_letters = 1;
	}
	char input[64];
	size_t len = rnd_below(24);
	for (size_t i = 0; i < len; i++) {
		char c;
		do {
			c = chars[rnd_below(sizeof chars - 1)];
		} while (no_letters && strchr("xXepPnNiI", c) != NULL);
		input[i] = c;
	}
	input[len] = '\0';

	/* Each directive's destination is a 64-byte buffer; %c and %s fit. */
	struct result g, w;
	memset(&g, 0xa5, sizeof g);
	memset(&w, 0xa5, sizeof w);
	g.ret = sscanf(input, fmt, g.v[0], g.v[1], g.v[2], g.v[3]);
	w.ret = w64_sscanf(input, fmt, w.v[0], w.v[1], w.v[2], w.v[3]);
	cases++;
	int same = g.ret == w.ret;
	/* Compare what was assigned: the first g.ret destinations (and %n
	 * ones, which do not count), by the size each conversion stores. */
	int dest = 0;
	for (int i = 0; i < nd && same; i++) {
		const char *d = directives[kinds[i]];
		if (d[0] != '%' || d[1] == '*' || d[1] == '%')
			continue;
		size_t size = d[1] == '[' ? 64
			      : strchr(d, 'n') ? sizeof(int)
			      : strchr(d, 'p') ? sizeof(void *)
			      : strstr(d, "ll") ? sizeof(long long)
			      : strstr(d, "hh") ? 1
			      : strchr(d, 'h') ? 2
			      : strstr(d, "lf") ? sizeof(double)
			      : strstr(d, "Lf") ? 10
			      : strchr(d, 'f') ? sizeof(float)
			      : strchr(d, 'l') ? sizeof(long)
			      : strchr(d, 's') || strchr(d, '[') ? 64
			      : strchr(d, 'c') ? 1
					       : sizeof(int);
		same = memcmp(g.v[dest], w.v[dest], size) == 0;
		dest++;
	}
	if (!same) {
		char detail[64];
		snprintf(detail, sizeof detail, "glibc %d, libc %d", g.ret, w.ret);
		report("noise", input, fmt, detail);
	}
}

int main(void)
{
	unsigned long n = diff_setup(200000);

	for (unsigned long i = 0; i < n; i++) {
		switch (i % 3) {
		case 0:
			int_round_trip();
			break;
		case 1:
			float_round_trip();
			break;
		default:
			noise();
			break;
		}
	}
	printf("scanf: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
