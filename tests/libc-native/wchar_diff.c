/*
 * The multibyte conversions against glibc's, in "C" and in "C.UTF-8".
 *
 *   wchar_diff        W64_DIFF_CASES byte strings (default 200000), seed
 *                     W64_DIFF_SEED
 *
 * Byte strings are drawn from UTF-8's shapes (ASCII, lead bytes C0-FF,
 * continuation bytes 80-BF, whole characters of each length, surrogates,
 * overlong forms, values around U+10FFFF) and decoded with mbrtowc in
 * random slices that carry the state from call to call: every result,
 * character and errno must match.  The same strings go through mbstowcs
 * and mbsrtowcs (with and without a limit), mblen and mbtowc.  Every code
 * point up to U+10FFFF goes through wcrtomb and wctomb; random wide strings through wcstombs and wcsrtombs with random
 * limits; every byte through btowc, and every code point below 0x200
 * through wctob.
 *
 * Only code points up to U+10FFFF are encoded, and byte strings that
 * glibc's lenient decoder reads past it are left out (below).  Where the
 * libc refuses an overlong form or a surrogate at its second byte and
 * glibc answers "incomplete" (-2) until it has the whole character, glibc
 * must refuse the whole character.
 *
 * Prints mismatches (at most 20) and "wchar: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#include <errno.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "diff.h"
#include "w64.h"

#define W64_EILSEQ 25 /* WASI's, libc/include/errno.h */
#define W64_LC_ALL 6

static unsigned long cases, mismatches, early_refusals;
static const char *locale_name;

static void report(const char *what, const unsigned char *s, size_t len, const char *detail)
{
	mismatches++;
	if (mismatches > 20)
		return;
	printf("MISMATCH %s in %s on", what, locale_name);
	for (size_t i = 0; i < len; i++)
		printf(" %02x", s[i]);
	printf(": %s\n", detail);
}

/* errno after a conversion, as a meaning: 0, 1 (EILSEQ) or other. */
static int err_meaning(int e, int is_w64)
{
	if (e == 0)
		return 0;
	return e == (is_w64 ? W64_EILSEQ : EILSEQ) ? 1 : 2 + e;
}

static size_t random_bytes(unsigned char *s, size_t cap)
{
	size_t len = 0;
	while (len + 4 < cap && rnd_below(8) != 0) {
		uint32_t c;
		switch (rnd_below(8)) {
		case 0:
			s[len++] = (unsigned char)(rnd_below(0x80));
			continue;
		case 1:
			s[len++] = (unsigned char)(0x80 + rnd_below(0x40)); /* continuation */
			continue;
		case 2:
			s[len++] = (unsigned char)(0xc0 + rnd_below(0x40)); /* any lead */
			continue;
		case 3:
			c = 0xd800 + rnd_below(0x800); /* a surrogate, encoded */
			break;
		case 4:
			c = 0x10fff0 + rnd_below(0x40); /* around the top */
			break;
		case 5: /* overlong: a small value in a longer form */
			c = rnd_below(0x800);
			s[len++] = (unsigned char)(0xe0);
			s[len++] = (unsigned char)(0x80 | c >> 6);
			s[len++] = (unsigned char)(0x80 | (c & 0x3f));
			continue;
		default:
			c = (uint32_t)(rnd() % 0x110000);
			break;
		}
		if (c < 0x80) {
			s[len++] = (unsigned char)c;
		} else if (c < 0x800) {
			s[len++] = (unsigned char)(0xc0 | c >> 6);
			s[len++] = (unsigned char)(0x80 | (c & 0x3f));
		} else if (c < 0x10000) {
			s[len++] = (unsigned char)(0xe0 | c >> 12);
			s[len++] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
			s[len++] = (unsigned char)(0x80 | (c & 0x3f));
		} else {
			s[len++] = (unsigned char)(0xf0 | c >> 18);
			s[len++] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
			s[len++] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
			s[len++] = (unsigned char)(0x80 | (c & 0x3f));
		}
	}
	s[len] = '\0';
	return len;
}

/* mbrtowc over s in random slices; stops at the first error or at the
 * end.  Records each result. */
static void decode_slices(const unsigned char *s, size_t len)
{
	mbstate_t gs, ws;
	memset(&gs, 0, sizeof gs);
	memset(&ws, 0, sizeof ws);
	size_t at = 0, start = 0;
	while (at <= len) {
		if (mbsinit(&gs))
			start = at; /* where the character being decoded began */
		size_t n = 1 + rnd_below(5);
		if (n > len + 1 - at)
			n = len + 1 - at;
		wchar_t gw = 0x5a5a, ww = 0x5a5a;
		errno = 0;
		w64_errno = 0;
		size_t gr = mbrtowc(&gw, (const char *)s + at, n, &gs);
		int ge = err_meaning(errno, 0);
		size_t wr = w64_mbrtowc(&ww, (const char *)s + at, n, &ws);
		int we = err_meaning(w64_errno, 1);
		cases++;
		if (gr == (size_t)-2 && wr == (size_t)-1 && we == 1) {
			/* The libc refuses an overlong or surrogate form at its
			 * second byte; glibc waits for the whole character, and
			 * must then refuse it too. */
			mbstate_t fresh;
			memset(&fresh, 0, sizeof fresh);
			cases++;
			early_refusals++;
			if (mbrtowc(NULL, (const char *)s + start, len + 1 - start, &fresh) != (size_t)-1)
				report("early refusal", s, len, "glibc accepts the whole character");
			return;
		}
		int valid = gr != (size_t)-1 && gr != (size_t)-2;
		if (gr != wr || ge != we || (valid && gw != ww)) {
			char detail[160];
			snprintf(detail, sizeof detail, "mbrtowc at %zu, n %zu: glibc %zd wc %x err %d, libc %zd wc %x err %d",
				 at, n, (ssize_t)gr, (unsigned)gw, ge, (ssize_t)wr, (unsigned)ww, we);
			report("mbrtowc", s, len, detail);
			return;
		}
		if (gr == (size_t)-1 || (gr == 0 && at + n > len))
			return;
		at += gr == (size_t)-2 ? n : gr == 0 ? 1 : gr;
		if (gr == 0)
			return; /* the terminating null */
	}
}

static void decode_strings(const unsigned char *s, size_t len)
{
	wchar_t g[80], w[80];
	size_t limit = rnd_below(2) ? 80 : rnd_below(20);
	int with_dst = rnd_below(4) != 0;
	errno = 0;
	w64_errno = 0;
	size_t gr = mbstowcs(with_dst ? g : NULL, (const char *)s, limit);
	int ge = err_meaning(errno, 0);
	size_t wr = w64_mbstowcs(with_dst ? w : NULL, (const char *)s, limit);
	int we = err_meaning(w64_errno, 1);
	cases++;
	size_t stored = gr == (size_t)-1 ? 0 : gr < limit ? gr + 1 : limit;
	if (gr != wr || ge != we || (with_dst && memcmp(g, w, stored * sizeof g[0]) != 0)) {
		char detail[120];
		snprintf(detail, sizeof detail, "mbstowcs limit %zu dst %d: glibc %zd err %d, libc %zd err %d", limit,
			 with_dst, (ssize_t)gr, ge, (ssize_t)wr, we);
		report("mbstowcs", s, len, detail);
	}

	/* mbsrtowcs: where the source pointer ends up. */
	const char *gsrc = (const char *)s, *wsrc = (const char *)s;
	mbstate_t gs, ws;
	memset(&gs, 0, sizeof gs);
	memset(&ws, 0, sizeof ws);
	gr = mbsrtowcs(g, &gsrc, limit, &gs);
	wr = w64_mbsrtowcs(w, &wsrc, limit, &ws);
	cases++;
	/* After an invalid character C11 puts *src just past the last one
	 * converted, as the libc does; glibc leaves it elsewhere. */
	if (gr != wr ||
	    (gr != (size_t)-1 && ((gsrc == NULL) != (wsrc == NULL) ||
				   (gsrc != NULL && gsrc - (const char *)s != wsrc - (const char *)s)))) {
		char detail[120];
		snprintf(detail, sizeof detail, "mbsrtowcs limit %zu: glibc %zd src %td, libc %zd src %td", limit,
			 (ssize_t)gr, gsrc ? gsrc - (const char *)s : -1, (ssize_t)wr,
			 wsrc ? wsrc - (const char *)s : -1);
		report("mbsrtowcs", s, len, detail);
	}

	/* mblen and mbtowc on the first character. */
	size_t n = len == 0 ? 1 : 1 + rnd_below((unsigned)len);
	mblen(NULL, 0);
	w64_mblen(NULL, 0);
	int gl = mblen((const char *)s, n), wl = w64_mblen((const char *)s, n);
	wchar_t gc = 0, wc = 0;
	mbtowc(NULL, NULL, 0);
	w64_mbtowc(NULL, NULL, 0);
	int gt = mbtowc(&gc, (const char *)s, n), wt = w64_mbtowc(&wc, (const char *)s, n);
	cases++;
	if (gl != wl || gt != wt || (gt > 0 && gc != wc)) {
		char detail[120];
		snprintf(detail, sizeof detail, "n %zu: mblen glibc %d libc %d, mbtowc glibc %d libc %d", n, gl, wl, gt,
			 wt);
		report("mblen/mbtowc", s, len, detail);
	}
}

static void encode_all(void)
{
	/* Every code point, the surrogates and what lies past them. */
	for (uint32_t c = 0; c < 0x110000; c++) {
		uint32_t v = c;
		/* glibc's "C" writes nothing for the tag characters (its
		 * conversion drops them) where it fails for every other
		 * character past ASCII. */
		if (strcmp(locale_name, "C") == 0 && v >= 0xe0000 && v <= 0xe007f)
			continue;
		char g[40], w[40]; /* glibc's wctomb may use MB_LEN_MAX (16) bytes */
		errno = 0;
		w64_errno = 0;
		size_t gr = wcrtomb(g, (wchar_t)v, NULL);
		int ge = err_meaning(errno, 0);
		size_t wr = w64_wcrtomb(w, (wchar_t)v, NULL);
		int we = err_meaning(w64_errno, 1);
		int gt = wctomb(g + 20, (wchar_t)v), wt = w64_wctomb(w + 20, (wchar_t)v);
		cases++;
		if (gr != wr || ge != we || gt != wt || (gr != (size_t)-1 && memcmp(g, w, gr) != 0)) {
			char detail[120];
			snprintf(detail, sizeof detail, "wcrtomb(%x): glibc %zd err %d, libc %zd err %d; wctomb %d %d", v,
				 (ssize_t)gr, ge, (ssize_t)wr, we, gt, wt);
			report("wcrtomb", NULL, 0, detail);
		}
	}
	for (int c = -1; c < 256; c++) {
		cases++;
		if (btowc(c) != w64_btowc(c)) {
			char detail[64];
			snprintf(detail, sizeof detail, "btowc(%d)", c);
			report("btowc", NULL, 0, detail);
		}
	}
	for (wint_t c = 0; c < 0x200; c++) {
		cases++;
		if (wctob(c) != w64_wctob(c)) {
			char detail[64];
			snprintf(detail, sizeof detail, "wctob(%x)", (unsigned)c);
			report("wctob", NULL, 0, detail);
		}
	}
}

static void encode_strings(void)
{
	wchar_t src[24];
	size_t n = rnd_below(20);
	for (size_t i = 0; i < n; i++) {
		switch (rnd_below(5)) {
		case 0:
			src[i] = (wchar_t)(1 + rnd_below(0x7f));
			break;
		case 1:
			src[i] = (wchar_t)(0xd800 + rnd_below(0x800));
			break;
		default:
			src[i] = (wchar_t)(1 + rnd() % 0x10ffff);
			break;
		}
		if (strcmp(locale_name, "C") == 0 && src[i] >= 0xe0000 && src[i] <= 0xe007f)
			src[i] = 0xe0080; /* glibc's "C" drops tag characters (above) */
	}
	src[n] = 0;
	char g[128], w[128];
	memset(g, 'g', sizeof g);
	memset(w, 'g', sizeof w);
	size_t limit = rnd_below(2) ? sizeof g : rnd_below(40);
	int with_dst = rnd_below(4) != 0;
	errno = 0;
	w64_errno = 0;
	size_t gr = wcstombs(with_dst ? g : NULL, src, limit);
	int ge = err_meaning(errno, 0);
	size_t wr = w64_wcstombs(with_dst ? w : NULL, src, limit);
	int we = err_meaning(w64_errno, 1);
	cases++;
	if (gr != wr || ge != we || (with_dst && memcmp(g, w, sizeof g) != 0)) {
		char detail[120];
		snprintf(detail, sizeof detail, "wcstombs of %zu characters, limit %zu dst %d: glibc %zd, libc %zd", n,
			 limit, with_dst, (ssize_t)gr, (ssize_t)wr);
		report("wcstombs", NULL, 0, detail);
	}
	const wchar_t *gs = src, *ws = src;
	gr = wcsrtombs(g, &gs, limit, NULL);
	wr = w64_wcsrtombs(w, &ws, limit, NULL);
	cases++;
	if (gr != wr || (gs == NULL) != (ws == NULL) || (gs != NULL && gs - src != ws - src)) {
		char detail[120];
		snprintf(detail, sizeof detail, "wcsrtombs limit %zu: glibc %zd, libc %zd", limit, (ssize_t)gr,
			 (ssize_t)wr);
		report("wcsrtombs", NULL, 0, detail);
	}
}

/*
 * glibc's UTF-8 still decodes the pre-2003 forms: values past U+10FFFF
 * (F4 90.. and lead bytes F5-FD, up to six bytes), and its MB_CUR_MAX is
 * 6; the libc refuses them (RFC 3629), so such strings are not compared.
 */
static unsigned long lenient_skipped;

static int glibc_lenient(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((s[i] >= 0xf5 && s[i] <= 0xfd) || (s[i] == 0xf4 && i + 1 < len && s[i + 1] >= 0x90 && s[i + 1] <= 0xbf))
			return 1;
	}
	return 0;
}

static void campaign(const char *name, unsigned long n)
{
	locale_name = name;
	if (setlocale(LC_ALL, name) == NULL || w64_setlocale(W64_LC_ALL, name) == NULL) {
		printf("wchar: cannot select locale %s\n", name);
		mismatches++;
		return;
	}
	encode_all();
	for (unsigned long i = 0; i < n; i++) {
		unsigned char s[80];
		size_t len = random_bytes(s, sizeof s);
		if (strcmp(name, "C") != 0 && glibc_lenient(s, len)) {
			lenient_skipped++;
		} else {
			decode_slices(s, len);
			decode_strings(s, len);
		}
		encode_strings();
	}
}

int main(void)
{
	unsigned long n = diff_setup(200000);
	campaign("C.UTF-8", n);
	campaign("C", n / 4);
	printf("wchar: %lu byte strings past U+10FFFF left out (glibc decodes them), %lu invalid characters "
	       "refused before glibc does\n", lenient_skipped, early_refusals);
	printf("wchar: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
