/*
 * The wide-string functions against glibc's, in "C.UTF-8" and in "C".
 *
 *   wcs_diff          W64_DIFF_CASES rounds (default 200000), seed
 *                     W64_DIFF_SEED
 *
 * Each round draws and compares, by turns:
 *   - wcstol wcstoul wcstoll wcstoull wcstoimax wcstoumax on a wide
 *     number (wide and ASCII white space, sign, prefix, digits of any
 *     case, non-ASCII stoppers, runs that overflow) in a random base:
 *     value, end and errno;
 *   - wcstod wcstof wcstold on decimal and hex numbers, inf and nan:
 *     the bits, end and errno;
 *   - wcscasecmp wcsncasecmp (and _l) on strings of letters from several
 *     scripts in both cases: the sign;
 *   - wcstok over random delimiters: every token and the position;
 *   - wcpcpy and wcpncpy: the result pointer and the whole buffer;
 *   - mbsnrtowcs and wcsnrtombs with random limits: result, source
 *     pointer, output and errno;
 *   - mbrtoc16 over a UTF-8 string in random slices, c16rtomb over the
 *     units that gives and over random units (lone surrogates too),
 *     mbrtoc32 and c32rtomb: results, units and bytes.
 *
 * Prints mismatches (at most 20) and "wcs: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE /* wcpcpy, wcscasecmp_l... */
#include <errno.h>
#include <inttypes.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>

#include "diff.h"
#include "w64.h"

#define W64_LC_ALL 6
#define W64_LC_ALL_MASK 0x3f
#define W64_EILSEQ 25

static unsigned long cases, mismatches;
static const char *locale_name;

static void mismatch(const char *what, const wchar_t *s, const char *detail)
{
	mismatches++;
	if (mismatches > 20)
		return;
	printf("MISMATCH %s in %s on \"", what, locale_name);
	for (; s != NULL && *s != 0; s++)
		printf((unsigned)*s < 0x80 && *s >= 0x20 ? "%lc" : "\\x%x", (unsigned)*s);
	printf("\": %s\n", detail);
}

static int errno_meaning(int e, int is_w64)
{
	if (e == (is_w64 ? W64_EILSEQ : EILSEQ))
		return 1000;
	return w64_errno_meaning(e, is_w64);
}

static void same(const char *what, const wchar_t *s, int ok, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void same(const char *what, const wchar_t *s, int ok, const char *fmt, ...)
{
	cases++;
	if (ok)
		return;
	char detail[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(detail, sizeof detail, fmt, ap);
	va_end(ap);
	mismatch(what, s, detail);
}

/* ---- wcsto* ---- */

static size_t random_number(wchar_t *s, int hex_float)
{
	static const wchar_t spaces[] = {' ', '\t', '\n', '\v', '\f', '\r', 0x3000, 0x2003, 0x85, 0xa0};
	static const wchar_t stoppers[] = {' ', '+', '-', '.', '_', 'x', 'e', 'p', '(', ')', 0xe9, 0xff11, 0x663};
	static const char digits[] = "0123456789abcdefABCDEFxyzXYZ";
	size_t n = 0;
	for (unsigned i = rnd_below(4) == 0 ? rnd_below(4) : 0; i > 0; i--)
		s[n++] = spaces[rnd_below(sizeof spaces / sizeof spaces[0])];
	if (rnd_below(3) == 0)
		s[n++] = rnd_below(2) ? '-' : '+';
	switch (rnd_below(8)) {
	case 0: s[n++] = '0'; break;
	case 1: case 2: s[n++] = '0'; s[n++] = rnd_below(2) ? 'x' : 'X'; break;
	case 3: {
		static const char *const words[] = {"inf", "INFINITY", "nan", "nan(12)", "NaN(0x1f)", "infin", "nan("};
		for (const char *w = words[rnd_below(7)]; *w; w++)
			s[n++] = (wchar_t)*w;
		break;
	}
	}
	unsigned len = rnd_below(hex_float ? 40 : 28);
	for (unsigned i = 0; i < len; i++) {
		unsigned r = rnd_below(24);
		if (r == 0)
			s[n++] = stoppers[rnd_below(sizeof stoppers / sizeof stoppers[0])];
		else if (r < 4 && hex_float)
			s[n++] = (wchar_t)".eEpP+-"[rnd_below(7)];
		else if (r < 8)
			s[n++] = (wchar_t)digits[rnd_below(sizeof digits - 1)];
		else
			s[n++] = (wchar_t)('0' + rnd_below(10));
	}
	s[n] = 0;
	return n;
}

#define CHECK_INT(fn, T, F)                                                                            \
	do {                                                                                           \
		wchar_t *ge = NULL, *we = NULL;                                                        \
		errno = 0;                                                                             \
		T g = fn(s, &ge, base);                                                                \
		int gerr = errno;                                                                      \
		w64_errno = 0;                                                                         \
		T w = w64_##fn(s, &we, base);                                                          \
		int werr = w64_errno;                                                                  \
		same(#fn, s, g == w && (ge == we || !base_ok) &&                                       \
				     w64_errno_meaning(gerr, 0) == w64_errno_meaning(werr, 1),         \
		     "base %d: glibc " F " end+%td errno %d, libc " F " end+%td errno %d", base, g,     \
		     ge - s, gerr, w, we - s, werr);                                                   \
	} while (0)

static void test_wcstoint(void)
{
	wchar_t s[80];
	random_number(s, 0);
	int base = rnd_below(4) == 0 ? 0 : rnd_below(4) == 0 ? (int[]){-1, 1, 37}[rnd_below(3)]
								: (int)(2 + rnd_below(35));
	/* An invalid base: glibc leaves *end alone (docs/libc.md). */
	int base_ok = base == 0 || (base >= 2 && base <= 36);
	CHECK_INT(wcstol, long, "%ld");
	CHECK_INT(wcstoul, unsigned long, "%lu");
	CHECK_INT(wcstoll, long long, "%lld");
	CHECK_INT(wcstoull, unsigned long long, "%llu");
	CHECK_INT(wcstoimax, intmax_t, "%jd");
	CHECK_INT(wcstoumax, uintmax_t, "%ju");
}

#define CHECK_FLOAT(fn, T, BYTES)                                                                      \
	do {                                                                                           \
		wchar_t *ge = NULL, *we = NULL;                                                        \
		errno = 0;                                                                             \
		T g = fn(s, &ge);                                                                      \
		int gerr = errno;                                                                      \
		w64_errno = 0;                                                                         \
		T w = w64_##fn(s, &we);                                                                \
		int werr = w64_errno;                                                                  \
		same(#fn, s, memcmp(&g, &w, BYTES) == 0 && ge == we &&                                 \
				     (w64_errno_meaning(gerr, 0) == w64_errno_meaning(werr, 1) ||      \
				      g != g),                                                         \
		     "glibc %La end+%td errno %d, libc %La end+%td errno %d", (long double)g, ge - s,   \
		     gerr, (long double)w, we - s, werr);                                              \
	} while (0)

/* errno is not compared for a NaN: glibc sets ERANGE when a payload
 * ("nan(123...)") overflows its internal strtoull, in strtod too. */
static void test_wcstofloat(void)
{
	wchar_t s[80];
	random_number(s, 1);
	CHECK_FLOAT(wcstod, double, sizeof(double));
	CHECK_FLOAT(wcstof, float, sizeof(float));
	CHECK_FLOAT(wcstold, long double, 10); /* x87: 10 bytes of value, then padding */
}

/* ---- case-insensitive comparison ---- */

static const wchar_t letters[] = {
	'a', 'A', 'z', 'Z', 0xe9, 0xc9, 0xdf, 0x3b1, 0x391, 0x3c2, 0x3a3, 0x430, 0x410,
	0x130, 0x131, 'i', 'I', 0x1c5, 0x10428, 0x10400, '1', 0x4e00, 0xff21, 0xff41,
};

static void random_word(wchar_t *s, size_t cap)
{
	size_t n = rnd_below((unsigned)cap - 1);
	for (size_t i = 0; i < n; i++)
		s[i] = letters[rnd_below(sizeof letters / sizeof letters[0])];
	s[n] = 0;
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void test_casecmp(locale_t gl, void *wl)
{
	wchar_t a[12], b[12];
	random_word(a, sizeof a / sizeof a[0]);
	if (rnd_below(2)) {
		/* The same word, its case changed here and there. */
		wcscpy(b, a);
		for (size_t i = 0; b[i] != 0; i++) {
			if (rnd_below(2))
				b[i] = (wchar_t)(rnd_below(2) ? towupper((wint_t)b[i]) : towlower((wint_t)b[i]));
		}
		if (rnd_below(4) == 0 && b[0] != 0)
			b[rnd_below((unsigned)wcslen(b))] = letters[rnd_below(sizeof letters / sizeof letters[0])];
	} else {
		random_word(b, sizeof b / sizeof b[0]);
	}
	size_t n = rnd_below(14);
	int g = sign(wcscasecmp(a, b)), w = sign(w64_wcscasecmp(a, b));
	same("wcscasecmp", a, g == w, "glibc %d, libc %d", g, w);
	g = sign(wcsncasecmp(a, b, n)), w = sign(w64_wcsncasecmp(a, b, n));
	same("wcsncasecmp", a, g == w, "n %zu: glibc %d, libc %d", n, g, w);
	g = sign(wcscasecmp_l(a, b, gl)), w = sign(w64_wcscasecmp_l(a, b, wl));
	same("wcscasecmp_l", a, g == w, "glibc %d, libc %d", g, w);
	g = sign(wcsncasecmp_l(a, b, n, gl)), w = sign(w64_wcsncasecmp_l(a, b, n, wl));
	same("wcsncasecmp_l", a, g == w, "n %zu: glibc %d, libc %d", n, g, w);
}

/* ---- wcstok, wcpcpy, wcpncpy ---- */

static void test_tokens(void)
{
	static const wchar_t pool[] = {'a', 'b', ' ', ',', ';', 0x3000, 0xe9};
	wchar_t s[24], t[24], delim[4];
	size_t n = rnd_below(22);
	for (size_t i = 0; i < n; i++)
		s[i] = pool[rnd_below(sizeof pool / sizeof pool[0])];
	s[n] = 0;
	size_t nd = rnd_below(4);
	for (size_t i = 0; i < nd; i++)
		delim[i] = pool[2 + rnd_below(5)];
	delim[nd] = 0;
	wmemcpy(t, s, n + 1);
	wchar_t *gs = NULL, *ws = NULL;
	wchar_t *g = wcstok(s, delim, &gs), *w = w64_wcstok(t, delim, &ws);
	for (;;) {
		int ok = (g == NULL) == (w == NULL) && (g == NULL || g - s == w - t);
		same("wcstok", s, ok, "glibc token at %td, libc at %td", g ? g - s : -1, w ? w - t : -1);
		if (!ok || g == NULL)
			break;
		g = wcstok(NULL, delim, &gs);
		w = w64_wcstok(NULL, delim, &ws);
	}

	wchar_t src[16], gbuf[20], wbuf[20];
	random_word(src, 16);
	size_t lim = rnd_below(19);
	wmemset(gbuf, 0x7777, 20);
	wmemset(wbuf, 0x7777, 20);
	wchar_t *gp = wcpncpy(gbuf, src, lim), *wp = w64_wcpncpy(wbuf, src, lim);
	same("wcpncpy", src, gp - gbuf == wp - wbuf && wmemcmp(gbuf, wbuf, 20) == 0, "n %zu: glibc end %td, libc %td",
	     lim, gp - gbuf, wp - wbuf);
	gp = wcpcpy(gbuf, src);
	wp = w64_wcpcpy(wbuf, src);
	same("wcpcpy", src, gp - gbuf == wp - wbuf && wmemcmp(gbuf, wbuf, 20) == 0, "glibc end %td, libc %td",
	     gp - gbuf, wp - wbuf);
}

/* ---- mbsnrtowcs, wcsnrtombs ---- */

/* Valid characters and invalid bytes, but no encoded surrogate or
 * overlong form: glibc answers "incomplete" to their first two bytes,
 * where the libc refuses them (wchar_diff deals with that). */
static size_t random_utf8(char *s, size_t cap)
{
	static const char *const pieces[] = {"a", "\xc3\xa9", "\xe4\xb8\x80", "\xf0\x9f\x98\x80", "\x80",
					     "\xc3", "\xee\x80\x80", "\xff", "z", "\xe2\x82"};
	size_t n = 0;
	while (rnd_below(10) != 0) {
		const char *p = pieces[rnd_below(10)];
		size_t len = strlen(p);
		if (n + len + 1 > cap)
			break;
		memcpy(s + n, p, len);
		n += len;
	}
	s[n] = '\0';
	return n;
}

static void test_nr(void)
{
	/* Room past the string for nms: ASan's interceptor of glibc's
	 * mbsnrtowcs checks that all nms bytes are there. */
	char src[72];
	size_t len = random_utf8(src, 64);
	size_t nms = rnd_below((unsigned)len + 3), n = rnd_below(20);
	int with_dst = rnd_below(4) != 0;
	wchar_t gout[24], wout[24];
	wmemset(gout, 0x7777, 24);
	wmemset(wout, 0x7777, 24);
	const char *gs = src, *ws = src;
	mbstate_t gst = {0};
	uint64_t wst = 0;
	errno = 0;
	size_t g = mbsnrtowcs(with_dst ? gout : NULL, &gs, nms, n, &gst);
	int gerr = errno;
	w64_errno = 0;
	size_t w = w64_mbsnrtowcs(with_dst ? wout : NULL, &ws, nms, n, &wst);
	int werr = w64_errno;
	wchar_t wsrc[2] = {(wchar_t)len, 0};
	same("mbsnrtowcs", wsrc, g == w && (gs == NULL ? ws == NULL : ws != NULL && gs - src == ws - src) &&
				       wmemcmp(gout, wout, 24) == 0 && errno_meaning(gerr, 0) == errno_meaning(werr, 1),
	     "nms %zu n %zu dst %d: glibc %zd src+%td, libc %zd src+%td", nms, n, with_dst, g,
	     gs ? gs - src : -1, w, ws ? ws - src : -1);

	/* Wide to multibyte: a wide string from the valid pieces, with
	 * now and then a character the locale cannot write. */
	wchar_t wsrc2[16];
	size_t wl = rnd_below(15);
	for (size_t i = 0; i < wl; i++)
		wsrc2[i] = (wchar_t)(rnd_below(8) == 0 ? 0xd800 : letters[rnd_below(sizeof letters / sizeof letters[0])]);
	wsrc2[wl] = 0;
	size_t nwc = rnd_below((unsigned)wl + 3);
	char gb[64], wb[64];
	memset(gb, 0x77, sizeof gb);
	memset(wb, 0x77, sizeof wb);
	const wchar_t *gw = wsrc2, *ww = wsrc2;
	n = rnd_below(40);
	errno = 0;
	g = wcsnrtombs(with_dst ? gb : NULL, &gw, nwc, n, NULL);
	gerr = errno;
	w64_errno = 0;
	w = w64_wcsnrtombs(with_dst ? wb : NULL, &ww, nwc, n, NULL);
	werr = w64_errno;
	same("wcsnrtombs", wsrc2, g == w && (gw == NULL ? ww == NULL : ww != NULL && gw - wsrc2 == ww - wsrc2) &&
				       memcmp(gb, wb, sizeof gb) == 0 && errno_meaning(gerr, 0) == errno_meaning(werr, 1),
	     "nwc %zu n %zu dst %d: glibc %zd, libc %zd", nwc, n, with_dst, g, w);
}

/* ---- uchar.h ---- */

static void test_uchar(void)
{
	char src[64];
	size_t len = random_utf8(src, sizeof src);
	wchar_t tag[2] = {(wchar_t)len, 0};
	mbstate_t gst = {0};
	uint64_t wst = 0;
	char16_t units[80];
	size_t nunits = 0;
	/* mbrtoc16 in slices; -3 hands back a low surrogate, reading nothing. */
	for (size_t pos = 0; pos <= len;) {
		size_t n = 1 + rnd_below(4);
		char16_t gc = 0x7777, wc = 0x7777;
		errno = 0;
		size_t g = mbrtoc16(&gc, src + pos, n, &gst);
		int gerr = errno;
		w64_errno = 0;
		size_t w = w64_mbrtoc16(&wc, src + pos, n, &wst);
		int werr = w64_errno;
		int ok = g == w && errno_meaning(gerr, 0) == errno_meaning(werr, 1) && (g > n || gc == wc);
		same("mbrtoc16", tag, ok, "at %zu n %zu: glibc %zd %x, libc %zd %x", pos, n, g, gc, w, wc);
		if (!ok || g == (size_t)-1 || g == 0)
			break;
		if (g == (size_t)-2) {
			pos += n;
			continue;
		}
		units[nunits++] = gc;
		if (g != (size_t)-3)
			pos += g;
	}
	/* Back with c16rtomb: those units, or random ones. */
	if (rnd_below(3) == 0) {
		nunits = rnd_below(6);
		for (size_t i = 0; i < nunits; i++)
			units[i] = (char16_t)(rnd_below(2) ? 0xd800 + rnd_below(0x800) : letters[rnd_below(12)]);
	}
	gst = (mbstate_t){0};
	wst = 0;
	for (size_t i = 0; i < nunits; i++) {
		char gb[8], wb[8];
		errno = 0;
		size_t g = c16rtomb(gb, units[i], &gst);
		int gerr = errno;
		w64_errno = 0;
		size_t w = w64_c16rtomb(wb, units[i], &wst);
		int werr = w64_errno;
		int ok = g == w && errno_meaning(gerr, 0) == errno_meaning(werr, 1) &&
			 (g > 8 || memcmp(gb, wb, g) == 0);
		same("c16rtomb", tag, ok, "unit %x: glibc %zd, libc %zd", units[i], g, w);
		if (!ok || g == (size_t)-1)
			break;
	}
	/* mbrtoc32 and c32rtomb: one character each. */
	char32_t gc = 0, wc = 0;
	size_t n = rnd_below(5);
	gst = (mbstate_t){0};
	wst = 0;
	errno = 0;
	size_t g = mbrtoc32(&gc, src, n, &gst);
	int gerr = errno;
	w64_errno = 0;
	size_t w = w64_mbrtoc32(&wc, src, n, &wst);
	int werr = w64_errno;
	same("mbrtoc32", tag, g == w && (g > n || gc == wc) && errno_meaning(gerr, 0) == errno_meaning(werr, 1),
	     "n %zu: glibc %zd %x, libc %zd %x", n, g, gc, w, wc);
	char32_t c = rnd_below(4) == 0 ? 0xd800 + rnd_below(0x800) : (char32_t)rnd_below(0x110000);
	if (c >= 0xe0000 && c <= 0xe007f)
		c = 'T'; /* glibc's "C" writes no bytes for the tag characters (docs/libc.md) */
	char gb[8], wb[8];
	errno = 0;
	g = c32rtomb(gb, c, NULL);
	gerr = errno;
	w64_errno = 0;
	w = w64_c32rtomb(wb, c, NULL);
	werr = w64_errno;
	same("c32rtomb", tag, g == w && (g > 8 || memcmp(gb, wb, g) == 0) &&
				     errno_meaning(gerr, 0) == errno_meaning(werr, 1),
	     "%x: glibc %zd, libc %zd", c, g, w);
}

static void campaign(const char *name, unsigned long rounds)
{
	locale_name = name;
	setlocale(LC_ALL, name);
	w64_setlocale(W64_LC_ALL, name);
	locale_t gl = newlocale(LC_ALL_MASK, name, (locale_t)0);
	void *wl = w64_newlocale(W64_LC_ALL_MASK, name, NULL);
	for (unsigned long i = 0; i < rounds; i++) {
		switch (i % 6) {
		case 0: test_wcstoint(); break;
		case 1: test_wcstofloat(); break;
		case 2: test_casecmp(gl, wl); break;
		case 3: test_tokens(); break;
		case 4: test_nr(); break;
		default: test_uchar(); break;
		}
	}
	freelocale(gl);
	w64_freelocale(wl);
}

int main(void)
{
	unsigned long rounds = diff_setup(200000);
	campaign("C.UTF-8", rounds);
	campaign("C", rounds / 4);
	printf("wcs: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
