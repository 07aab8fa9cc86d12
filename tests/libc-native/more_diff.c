/*
 * stdlib.h and string.h extras against glibc, on generated inputs:
 *
 *   - drand48 lrand48 mrand48 erand48 nrand48 jrand48 after srand48,
 *     seed48 and lcong48 with random parameters: the same numbers, bit
 *     for bit, and the same xsubi afterwards;
 *   - random after srandom and initstate (every state size from 8 to 300
 *     bytes, random seeds) and setstate switching between two states;
 *   - rand_r, a64l (random strings), l64a (random longs);
 *   - ecvt, fcvt, gcvt on random doubles (bit patterns, short decimals,
 *     ties) and digit counts -3 .. 20;
 *   - strverscmp (the sign), strcasestr, getsubopt, swab, qsort_r.
 *
 * ecvt, and fcvt with n < 0, differ from glibc where glibc's own scaling
 * by powers of ten misrounds (docs/libc.md): there ours must equal the
 * correctly rounded digits, built from glibc's printf (which is exact);
 * those cases are counted apart, and every other case must match glibc.
 *
 *   more_diff       W64_DIFF_CASES cases (default 200000), seed W64_DIFF_SEED
 *
 * Prints mismatches (at most 20) and "more: N cases compared, M mismatches".
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff.h"

/* The libc under test (libc/native.mk renames it w64_*). */
double w64_drand48(void);
double w64_erand48(unsigned short[3]);
long w64_lrand48(void);
long w64_nrand48(unsigned short[3]);
long w64_mrand48(void);
long w64_jrand48(unsigned short[3]);
void w64_srand48(long);
unsigned short *w64_seed48(unsigned short[3]);
void w64_lcong48(unsigned short[7]);
long w64_random(void);
void w64_srandom(unsigned);
char *w64_initstate(unsigned, char *, size_t);
char *w64_setstate(char *);
int w64_rand_r(unsigned *);
long w64_a64l(const char *);
char *w64_l64a(long);
char *w64_ecvt(double, int, int *, int *);
char *w64_fcvt(double, int, int *, int *);
char *w64_gcvt(double, int, char *);
int w64_strverscmp(const char *, const char *);
char *w64_strcasestr(const char *, const char *);
int w64_getsubopt(char **, char *const *, char **);
void w64_swab(const void *, void *, ssize_t);
void w64_qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);

static unsigned long cases, mismatches, glibc_misrounds;

static void check(int ok, const char *what, const char *detail)
{
	cases++;
	if (ok)
		return;
	if (++mismatches <= 20)
		printf("MISMATCH %s: %s\n", what, detail);
}

/* --- rand48 --------------------------------------------------------------- */

static void rand48_case(void)
{
	char d[128];
	switch (rnd_below(3)) {
	case 0: {
		long seed = (long)rnd();
		srand48(seed);
		w64_srand48(seed);
		break;
	}
	case 1: {
		unsigned short s[3] = {(unsigned short)rnd(), (unsigned short)rnd(), (unsigned short)rnd()};
		unsigned short t[3] = {s[0], s[1], s[2]};
		unsigned short *a = seed48(s), *b = w64_seed48(t);
		snprintf(d, sizeof d, "seed48 previous %u %u %u / %u %u %u", a[0], a[1], a[2], b[0], b[1], b[2]);
		check(memcmp(a, b, 6) == 0, "seed48", d);
		break;
	}
	default: {
		unsigned short p[7];
		for (int i = 0; i < 7; i++)
			p[i] = (unsigned short)rnd();
		lcong48(p);
		w64_lcong48(p);
		break;
	}
	}
	for (int i = 0; i < 8; i++) {
		unsigned short x[3] = {(unsigned short)rnd(), (unsigned short)rnd(), (unsigned short)rnd()};
		unsigned short y[3] = {x[0], x[1], x[2]};
		int ok;
		const char *name;
		switch (rnd_below(6)) {
		case 0: name = "drand48"; ok = drand48() == w64_drand48(); break;
		case 1: name = "lrand48"; ok = lrand48() == w64_lrand48(); break;
		case 2: name = "mrand48"; ok = mrand48() == w64_mrand48(); break;
		case 3: name = "erand48"; ok = erand48(x) == w64_erand48(y); break;
		case 4: name = "nrand48"; ok = nrand48(x) == w64_nrand48(y); break;
		default: name = "jrand48"; ok = jrand48(x) == w64_jrand48(y); break;
		}
		ok &= memcmp(x, y, sizeof x) == 0;
		check(ok, name, "sequence differs");
	}
}

/* --- random --------------------------------------------------------------- */

static char g_state[2][320], w_state[2][320];

static void random_case(void)
{
	unsigned seed = (unsigned)rnd();
	size_t n = 8 + rnd_below(300);
	int which = (int)rnd_below(2);
	char d[96];
	switch (rnd_below(3)) {
	case 0:
		srandom(seed);
		w64_srandom(seed);
		break;
	case 1: {
		char *g = initstate(seed, g_state[which], n), *w = w64_initstate(seed, w_state[which], n);
		/* the previous states: both NULL-free, and the same one of ours */
		check((g == NULL) == (w == NULL), "initstate", "result");
		break;
	}
	default: {
		/* back to a state both set up earlier (if any) */
		if (g_state[which][0] == 0 && g_state[which][1] == 0)
			return;
		setstate(g_state[which]);
		w64_setstate(w_state[which]);
		break;
	}
	}
	for (int i = 0; i < 8; i++) {
		long g = random(), w = w64_random();
		snprintf(d, sizeof d, "seed %u size %zu: %ld / %ld", seed, n, g, w);
		check(g == w, "random", d);
	}
}

/* --- rand_r, a64l, l64a --------------------------------------------------- */

static void radix_case(void)
{
	char d[128];
	unsigned s = (unsigned)rnd(), t = s;
	int g = rand_r(&s), w = w64_rand_r(&t);
	snprintf(d, sizeof d, "seed %u: %d / %d", t, g, w);
	check(g == w && s == t, "rand_r", d);

	static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!~ ";
	char str[10];
	unsigned len = rnd_below(9);
	for (unsigned i = 0; i < len; i++)
		str[i] = alphabet[rnd_below(sizeof alphabet - 1)];
	str[len] = '\0';
	long ga = a64l(str), wa = w64_a64l(str);
	snprintf(d, sizeof d, "\"%s\": %ld / %ld", str, ga, wa);
	check(ga == wa, "a64l", d);

	long v = (long)rnd();
	if (rnd_below(2))
		v &= 0xffffff;
	char gl[8];
	snprintf(gl, sizeof gl, "%s", l64a(v));
	const char *wl = w64_l64a(v);
	snprintf(d, sizeof d, "%ld: \"%s\" / \"%s\"", v, gl, wl);
	check(strcmp(gl, wl) == 0, "l64a", d);
}

/* --- ecvt, fcvt, gcvt --------------------------------------------------------- */

static double random_double(void)
{
	double x;
	char buf[64];
	switch (rnd_below(5)) {
	case 0: {
		uint64_t b = rnd();
		memcpy(&x, &b, sizeof x);
		if (x != x || x - x != 0)
			x = 1.5;
		return x;
	}
	case 1: /* a short decimal: ties at some digit count */
		snprintf(buf, sizeof buf, "%u.%ue%d", (unsigned)rnd_below(100000), (unsigned)rnd_below(1000),
			 (int)rnd_below(40) - 20);
		return strtod(buf, NULL) * (rnd_below(2) ? 1 : -1);
	case 2: /* integers, ties when rounded to tens or hundreds */
		return (double)(rnd() % 2000000) / (rnd_below(2) ? 1 : 2);
	case 3: /* nines, which carry */
		snprintf(buf, sizeof buf, "%.*s5e%d", (int)rnd_below(18) + 1, "9999999999999999999",
			 (int)rnd_below(20) - 10);
		return strtod(buf, NULL);
	default: {
		static const double special[] = {0.0, -0.0, 1.0, 0.5, 0.1, 0.3, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
						 2.2250738585072014e-308, __builtin_inf(), -__builtin_inf(), __builtin_nan("")};
		return special[rnd_below(sizeof special / sizeof special[0])];
	}
	}
}

/* x's decimal exponent, exactly (glibc's printf is exact). */
static int exponent10(double x)
{
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%.20e", x);
	return x == 0 ? 0 : atoi(strchr(tmp, 'e') + 1);
}

/* |x| rounded to n significant digits by glibc's printf, as a digit
 * string padded with zeros to `width` digits (at least n); returns the
 * decimal exponent after rounding. */
static int rounded_digits(double x, int n, char *out, int width)
{
	char tmp[700];
	snprintf(tmp, sizeof tmp, "%.*e", n - 1, x < 0 ? -x : x);
	int k = 0;
	const char *p = tmp;
	for (; *p != 'e'; p++)
		if (*p != '.')
			out[k++] = *p;
	while (k < width)
		out[k++] = '0';
	out[k] = '\0';
	return atoi(p + 1);
}

static void cvt_case(void)
{
	double x = random_double();
	int n = (int)rnd_below(24) - 3;
	int gd, gs, wd, ws;
	char g[400], d[600];

	snprintf(g, sizeof g, "%s", ecvt(x, n, &gd, &gs));
	const char *w = w64_ecvt(x, n, &wd, &ws);
	snprintf(d, sizeof d, "ecvt(%a, %d): \"%s\" %d %d / \"%s\" %d %d", x, n, g, gd, gs, w, wd, ws);
	int same = strcmp(g, w) == 0 && gd == wd && gs == ws;
	if (!same && x - x == 0) {
		/* the exact answer: n digits (17 at most, one more when rounding
		 * carries), or none and the exponent */
		char m[64] = "";
		int e = exponent10(x), md = e + 1;
		if (n > 0) {
			int digits = n > 17 ? 17 : n;
			int re = rounded_digits(x, digits, m, digits);
			if (re > e)
				strcat(m, "0");
			md = re + 1;
		}
		same = strcmp(m, w) == 0 && md == wd && gs == ws;
		glibc_misrounds += same;
	}
	check(same, "ecvt", d);

	snprintf(g, sizeof g, "%s", fcvt(x, n, &gd, &gs));
	w = w64_fcvt(x, n, &wd, &ws);
	snprintf(d, sizeof d, "fcvt(%a, %d): \"%s\" %d %d / \"%s\" %d %d", x, n, g, gd, gs, w, wd, ws);
	same = strcmp(g, w) == 0 && gd == wd && gs == ws;
	if (!same && n < 0 && x - x == 0 && (x >= 10 || x <= -10)) {
		/* rounded to 10^k, k = min(-n, the exponent), the places
		 * rounded away written as zeros */
		int e = exponent10(x), k = -n < e ? -n : e;
		char full[700];
		int re = rounded_digits(x, e + 1 - k, full, 0);
		int len = re + 1;
		rounded_digits(x, e + 1 - k, full, len);
		same = strcmp(full, w) == 0 && len == wd && gs == ws;
		glibc_misrounds += same;
	}
	check(same, "fcvt", d);

	char gb[64], wb[64];
	gcvt(x, n, gb);
	w64_gcvt(x, n, wb);
	snprintf(d, sizeof d, "gcvt(%a, %d): \"%s\" / \"%s\"", x, n, gb, wb);
	check(strcmp(gb, wb) == 0, "gcvt", d);
}

/* --- strings ---------------------------------------------------------------- */

static void random_version(char *s, int max)
{
	static const char pieces[] = "0123456789.-ab";
	int len = (int)rnd_below((unsigned)max);
	for (int i = 0; i < len; i++)
		s[i] = pieces[rnd_below(sizeof pieces - 1)];
	s[len] = '\0';
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void string_case(void)
{
	char a[16], b[16], d[96];
	random_version(a, 12);
	if (rnd_below(2)) {
		/* a common prefix, so the difference lands in the digits */
		memcpy(b, a, sizeof b);
		random_version(b + rnd_below((unsigned)strlen(a) + 1), 4);
	} else {
		random_version(b, 12);
	}
	int g = strverscmp(a, b), w = w64_strverscmp(a, b);
	snprintf(d, sizeof d, "\"%s\" \"%s\": %d / %d", a, b, g, w);
	check(sign(g) == sign(w), "strverscmp", d);

	static const char letters[] = "aAbB\xc3\xa9";
	char hay[24], needle[5];
	unsigned hl = rnd_below(20), nl = rnd_below(4);
	for (unsigned i = 0; i < hl; i++)
		hay[i] = letters[rnd_below(sizeof letters - 1)];
	hay[hl] = '\0';
	for (unsigned i = 0; i < nl; i++)
		needle[i] = letters[rnd_below(sizeof letters - 1)];
	needle[nl] = '\0';
	char *gp = strcasestr(hay, needle), *wp = w64_strcasestr(hay, needle);
	snprintf(d, sizeof d, "\"%s\" \"%s\"", hay, needle);
	check(gp == wp, "strcasestr", d);

	char src[20], gs[20], ws[20];
	for (int i = 0; i < 20; i++)
		src[i] = (char)rnd();
	memset(gs, 'x', sizeof gs);
	memset(ws, 'x', sizeof ws);
	ssize_t n = (ssize_t)rnd_below(22) - 2;
	swab(src, gs, n);
	w64_swab(src, ws, n);
	check(memcmp(gs, ws, sizeof gs) == 0, "swab", "bytes differ");
}

static void subopt_case(void)
{
	char *const tokens[] = {"ro", "rw", "size", "s", "mode", NULL};
	static const char *const parts[] = {"ro", "rw", "size=1", "s", "s=", "mode=0644", "x", "=", "", "sizes", "r"};
	char g[80] = "", w[80];
	int k = (int)rnd_below(5);
	for (int i = 0; i < k; i++) {
		if (i)
			strcat(g, ",");
		strcat(g, parts[rnd_below(sizeof parts / sizeof parts[0])]);
	}
	memcpy(w, g, sizeof g);
	char *go = g, *wo = w, d[160];
	for (int i = 0; i < 7; i++) {
		char *gv = (char *)1, *wv = (char *)1;
		int gr = getsubopt(&go, tokens, &gv), wr = w64_getsubopt(&wo, tokens, &wv);
		int ok = gr == wr && go - g == wo - w;
		ok &= (gv == (char *)1 || gv == NULL) ? gv == wv : wv != NULL && wv != (char *)1 && gv - g == wv - w;
		snprintf(d, sizeof d, "step %d: %d / %d", i, gr, wr);
		check(ok, "getsubopt", d);
	}
	check(memcmp(g, w, sizeof g) == 0, "getsubopt", "string after");
}

static int by_full(const void *a, const void *b, void *arg)
{
	int x = *(const int *)a, y = *(const int *)b, mod = *(int *)arg;
	int kx = x % mod, ky = y % mod;
	if (kx != ky)
		return (kx > ky) - (kx < ky);
	return (x > y) - (x < y);
}

static void sort_case(void)
{
	int g[200], w[200], n = (int)rnd_below(200), mod = 1 + (int)rnd_below(50);
	for (int i = 0; i < n; i++)
		g[i] = w[i] = (int)rnd_below(1000);
	qsort_r(g, (size_t)n, sizeof g[0], by_full, &mod);
	w64_qsort_r(w, (size_t)n, sizeof w[0], by_full, &mod);
	check(memcmp(g, w, (size_t)n * sizeof g[0]) == 0, "qsort_r", "order differs");
}

int main(void)
{
	unsigned long n = diff_setup(200000);
	for (unsigned long i = 0; i < n; i++) {
		switch (i % 8) {
		case 0: rand48_case(); break;
		case 1: random_case(); break;
		case 2: radix_case(); break;
		case 3: case 4: cvt_case(); break;
		case 5: case 6: string_case(); break;
		default:
			subopt_case();
			sort_case();
			break;
		}
	}
	printf("more: %lu cases compared, %lu mismatches (%lu where glibc's ecvt/fcvt misround and ours are exact)\n",
	       cases, mismatches, glibc_misrounds);
	return mismatches != 0;
}
