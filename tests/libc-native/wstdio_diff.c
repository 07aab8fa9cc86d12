/*
 * Wide-character stdio against glibc's, in "C.UTF-8" and in "C".
 *
 *   wstdio_diff       W64_DIFF_CASES rounds (default 100000), seed
 *                     W64_DIFF_SEED
 *
 * Each round draws, by turns:
 *   - swprintf with a random conversion (every one, with flags, width,
 *     precision and length modifier; %c %lc %s %ls with non-ASCII and
 *     unencodable characters) between literal text, into a buffer of
 *     random size: the result, and the output when it fits;
 *   - swscanf of random input (digits, signs, letters, wide spaces,
 *     non-ASCII letters) with random directives (integers, floats, %s
 *     %ls %c %lc, scansets with ranges and non-ASCII members, %n,
 *     literals, suppression, widths): the count and every stored value;
 *   - reading a file of random bytes (UTF-8 pieces and invalid bytes)
 *     through fgetwc, ungetwc and fgetws: every result, errno, the
 *     indicators and the position;
 *   - writing a file through fputwc, fputws and fwprintf, with characters
 *     the locale cannot write: every result and the file's bytes;
 *   - fwide on fresh streams and after byte and wide I/O;
 *   - wcsftime of a random date with conversions among wide text, into a
 *     buffer of random size.
 *
 * The files live in a temporary directory that the libc under test sees
 * as a preopen of the same path (diff_preopen); the driver removes it at
 * the end.
 *
 * Where glibc departs from C (and the libc follows C), rounds avoid the
 * case: a character cut short by the end of the file (glibc: plain WEOF
 * at end of file, C: EILSEQ); a character C.UTF-8 cannot encode written to
 * a stream (glibc writes '?', the libc fails with EILSEQ); %Nc with fewer
 * than N characters left (docs/libc.md, scanf).
 * Prints mismatches (at most 20) and "wstdio: N cases compared, M
 * mismatches"; exits 1 on any mismatch.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "diff.h"
#include "w64.h"

#define W64_LC_ALL 6
#define W64_EILSEQ 25

static unsigned long cases, mismatches;
static const char *locale_name;
static char dir[64];

static void same(const char *what, int ok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void same(const char *what, int ok, const char *fmt, ...)
{
	cases++;
	if (ok)
		return;
	mismatches++;
	if (mismatches > 20)
		return;
	printf("MISMATCH %s in %s: ", what, locale_name);
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

static int errno_meaning(int e, int is_w64)
{
	if (e == (is_w64 ? W64_EILSEQ : EILSEQ))
		return 1000;
	return w64_errno_meaning(e, is_w64);
}

/* A wide string for messages: ASCII as is, the rest as \x escapes. */
static const char *show(const wchar_t *s)
{
	static char buf[4][512];
	static int k;
	char *b = buf[k++ % 4];
	size_t n = 0;
	for (; s != NULL && *s != 0 && n < sizeof buf[0] - 12; s++)
		n += (size_t)snprintf(b + n, 12, (unsigned)*s >= 0x20 && (unsigned)*s < 0x7f ? "%lc" : "\\x%x",
				      (unsigned)*s);
	b[n] = '\0';
	return b;
}

static const wchar_t wide_pool[] = {'a', 'Z', '7', ' ', '-', '%', 0xe9, 0x3b1, 0x4e00, 0x1f600, 0x3000, 0xd800};

/* ---- swprintf ---- */

static void test_swprintf(void)
{
	static const char *const flags[] = {"", "-", "+", " ", "#", "0", "-0", "+ "};
	static const char convs[] = "diouxXcsfeEgGaAp%";
	wchar_t fmt[64];
	size_t n = 0;
	/* Text before: never a '%', which could make "%%" or leave a lone
	 * '%' at the end (glibc fails there, the libc copies it out). */
	if (rnd_below(2)) {
		wchar_t c = wide_pool[rnd_below(sizeof wide_pool / sizeof wide_pool[0] - 2)];
		fmt[n++] = c == '%' ? 'q' : c;
	}
	fmt[n++] = '%';
	for (const char *f = flags[rnd_below(8)]; *f; f++)
		fmt[n++] = (wchar_t)*f;
	if (rnd_below(2))
		fmt[n++] = (wchar_t)('1' + rnd_below(9));
	if (rnd_below(3) == 0) {
		fmt[n++] = '.';
		fmt[n++] = (wchar_t)('0' + rnd_below(10));
	}
	char conv = convs[rnd_below(sizeof convs - 1)];
	int wide = (conv == 'c' || conv == 's') && rnd_below(2);
	if (wide)
		fmt[n++] = 'l';
	else if (strchr("diouxX", conv) && rnd_below(2))
		fmt[n++] = 'l';
	fmt[n++] = (wchar_t)conv;
	if (rnd_below(2))
		fmt[n++] = 0x4e00;
	fmt[n] = 0;

	wchar_t gb[64], wb[64];
	wmemset(gb, 0x7777, 64);
	wmemset(wb, 0x7777, 64);
	size_t size = 1 + rnd_below(40);
	int g, w;
	int64_t iv = (int64_t)rnd() >> rnd_below(64);
	double dv = (double)(int64_t)rnd() / (double)(1 + rnd_below(1000000));
	static const char *const mbs[] = {"abc", "\xc3\xa9t\xc3\xa9", "x\xff", "", "\xe4\xb8\x80\xe4\xb8\x81"};
	static const wchar_t *const wss[] = {L"abc", L"\x00e9t\x00e9", L"\x4e00\x1f600", L"", L"\xd800x"};
	const char *ms = mbs[rnd_below(5)];
	const wchar_t *ws = wss[rnd_below(5)];
	wint_t wc = wide_pool[rnd_below(sizeof wide_pool / sizeof wide_pool[0])];
	int bc = rnd_below(2) ? 'q' : 0xe9;
	errno = 0;
	switch (conv) {
	case 'c':
		g = wide ? swprintf(gb, size, fmt, wc) : swprintf(gb, size, fmt, bc);
		w = wide ? w64_swprintf(wb, size, fmt, wc) : w64_swprintf(wb, size, fmt, bc);
		break;
	case 's':
		g = wide ? swprintf(gb, size, fmt, ws) : swprintf(gb, size, fmt, ms);
		w = wide ? w64_swprintf(wb, size, fmt, ws) : w64_swprintf(wb, size, fmt, ms);
		break;
	case 'f': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
		g = swprintf(gb, size, fmt, dv);
		w = w64_swprintf(wb, size, fmt, dv);
		break;
	case 'p':
		g = swprintf(gb, size, fmt, (void *)(uintptr_t)iv);
		w = w64_swprintf(wb, size, fmt, (void *)(uintptr_t)iv);
		break;
	case '%':
		g = swprintf(gb, size, fmt);
		w = w64_swprintf(wb, size, fmt);
		break;
	default:
		g = fmt[n - 2] == 'l' ? swprintf(gb, size, fmt, (long)iv) : swprintf(gb, size, fmt, (int)iv);
		w = fmt[n - 2] == 'l' ? w64_swprintf(wb, size, fmt, (long)iv) : w64_swprintf(wb, size, fmt, (int)iv);
		break;
	}
	/* On failure the buffer's content is unspecified (glibc leaves it
	 * unterminated): only the result counts. */
	int ok = g == w && (g < 0 || wcscmp(gb, wb) == 0);
	same("swprintf", ok, "\"%s\" size %zu: glibc %d \"%s\", libc %d \"%s\"", show(fmt), size, g,
	     g >= 0 ? show(gb) : "", w, w >= 0 ? show(wb) : "");
}

/* ---- swscanf ---- */

static void test_swscanf(void)
{
	/* Each directive, and what it stores: d an int, f a double, s bytes,
	 * w wide characters, n a count, 0 nothing. */
	static const struct {
		const wchar_t *text;
		char kind;
	} directives[] = {
		{L"%d", 'd'}, {L"%3d", 'd'}, {L"%x", 'd'}, {L"%i", 'd'}, {L"%o", 'd'}, {L"%u", 'd'},
		{L"%lf", 'f'}, {L"%5lf", 'f'}, {L"%s", 's'}, {L"%3s", 's'}, {L"%ls", 'w'}, {L"%2ls", 'w'},
		{L"%c", 's'}, {L"%lc", 'w'}, {L"%[a-z]", 's'}, {L"%[^ ]", 's'},
		{L"%l[a-z\x00e9]", 'w'}, {L"%[\x03b1-\x03c9]", 's'}, {L"%l[^\x4e00]", 'w'}, {L"%n", 'n'},
		{L" ", 0}, {L"%%", 0}, {L"-", 0}, {L"%*d", 0}, {L"%*s", 0}, {L"\x00e9", 0},
	};
	/* No 'x', 'e', 'p', 'i' or 'n': "0x", "1e" and friends only begin a
	 * number, a matching failure in C11 and a number in glibc
	 * (docs/libc.md, scanf). */
	static const wchar_t pool[] = {'1', '2', '9', '0', '-', '+', 'a', 'z', 'b', '.', ' ', '\t',
				       0x3000, 0xe9, 0x3b1, 0x3c9, 0x4e00, '%', 'Q', 0x2003};
	wchar_t fmt[80], in[24];
	size_t fn = 0, n = rnd_below(22);
	unsigned nd = 1 + rnd_below(4);
	int kinds[4];
	for (unsigned i = 0; i < nd; i++) {
		unsigned d = rnd_below(sizeof directives / sizeof directives[0]);
		size_t tl = wcslen(directives[d].text);
		wmemcpy(fmt + fn, directives[d].text, tl);
		fn += tl;
		kinds[i] = directives[d].kind;
	}
	fmt[fn] = 0;
	for (size_t i = 0; i < n; i++)
		in[i] = pool[rnd_below(sizeof pool / sizeof pool[0])];
	in[n] = 0;

	union slot {
		long long i;
		double d;
		char s[64];
		wchar_t w[24];
	} g[4], w[4];
	memset(g, 0x55, sizeof g);
	memset(w, 0x55, sizeof w);
	void *ga[4], *wa[4];
	/* Arguments in order, one per assigning directive. */
	unsigned na = 0;
	for (unsigned i = 0; i < nd; i++) {
		if (kinds[i] == 0)
			continue;
		ga[na] = &g[na];
		wa[na] = &w[na];
		na++;
	}
	for (unsigned i = na; i < 4; i++)
		ga[i] = wa[i] = NULL;
	errno = 0;
	int gr = swscanf(in, fmt, ga[0], ga[1], ga[2], ga[3]);
	int wr = w64_swscanf(in, fmt, wa[0], wa[1], wa[2], wa[3]);
	int ok = gr == wr;
	/* The stored values of the items both assigned. */
	unsigned k = 0;
	for (unsigned i = 0; ok && i < nd && gr > 0; i++) {
		if (kinds[i] == 0)
			continue;
		if ((int)k >= gr && kinds[i] != 'n')
			break;
		switch (kinds[i]) {
		case 'd': case 'n': ok = (int)g[k].i == (int)w[k].i; break;
		case 'f': ok = memcmp(&g[k].d, &w[k].d, sizeof(double)) == 0; break;
		case 's': ok = memcmp(g[k].s, w[k].s, strnlen(g[k].s, 63)) == 0; break;
		default: ok = wmemcmp(g[k].w, w[k].w, 8) == 0; break;
		}
		k++;
	}
	same("swscanf", ok, "(\"%s\", \"%s\"): glibc %d, libc %d (item %u)", show(in), show(fmt), gr, wr, k);
}

/* ---- files ---- */

static void write_bytes(const char *path, const char *bytes, size_t n)
{
	FILE *f = fopen(path, "w");
	fwrite(bytes, 1, n, f);
	fclose(f);
}

/* UTF-8 pieces and invalid bytes; no character cut by the end of the
 * file (glibc returns WEOF without EILSEQ there, C says EILSEQ). */
static size_t random_file(char *s, size_t cap)
{
	static const char *const pieces[] = {"a", "\n", "\xc3\xa9", "\xe4\xb8\x80", "\xf0\x9f\x98\x80",
					     "\x80", "\xff", "z ", "\xc3" "A", "\xe2\x82" "b"};
	size_t n = 0;
	while (rnd_below(12) != 0) {
		const char *p = pieces[rnd_below(10)];
		size_t len = strlen(p);
		if (n + len > cap)
			break;
		memcpy(s + n, p, len);
		n += len;
	}
	return n;
}

static void test_read(void)
{
	char bytes[64], gpath[96], wpath[32];
	size_t len = random_file(bytes, sizeof bytes);
	snprintf(gpath, sizeof gpath, "%s/in", dir);
	write_bytes(gpath, bytes, len);
	snprintf(wpath, sizeof wpath, "%s/in", dir);
	FILE *gf = fopen(gpath, "r");
	void *wf = w64_fopen(wpath, "r");
	/* C promises one character of pushback, and after it leaves the
	 * position unspecified: no two ungetwc in a row, and ftell only
	 * when there was none, nor a byte read (glibc's ftell is one off
	 * after fgetc on a wide stream). */
	int pushed = 0, no_ftell = 0;
	for (int step = 0; step < 24; step++) {
		unsigned op = rnd_below(8);
		if (pushed)
			op = 2; /* read what was pushed back */
		pushed = op == 0;
		no_ftell |= pushed;
		errno = 0;
		w64_errno = 0;
		if (op == 0) {
			/* Never a byte the file holds: glibc's ungetwc compares
			 * c with the byte before its byte buffer's read pointer
			 * and, when equal, pushes nothing back. */
			static const wchar_t back[] = {'Q', 'R', 0x3b1, 0x4e00, 0x1f600};
			wint_t c = back[rnd_below(5)];
			wint_t g = ungetwc(c, gf), w = w64_ungetwc(c, wf);
			same("ungetwc", g == w, "step %d: glibc %x, libc %x", step, g, w);
		} else if (op == 1) {
			wchar_t gs[8], ws[8];
			int n = (int)rnd_below(8);
			wchar_t *g = fgetws(gs, n, gf), *w = w64_fgetws(ws, n, wf);
			int ok = (g == NULL) == (w == NULL) && (g == NULL || wcscmp(gs, ws) == 0);
			same("fgetws", ok, "step %d n %d: glibc %s \"%s\", libc %s \"%s\"", step, n, g ? "ok" : "NULL",
			     g ? show(gs) : "", w ? "ok" : "NULL", w ? show(ws) : "");
		} else {
			wint_t g = fgetwc(gf), w = w64_fgetwc(wf);
			int ok = g == w && errno_meaning(errno, 0) == errno_meaning(w64_errno, 1);
			same("fgetwc", ok, "step %d: glibc %x errno %d, libc %x errno %d", step, g, errno, w,
			     w64_errno);
		}
		int ge = ferror(gf) != 0, we = w64_ferror(wf) != 0, gq = feof(gf) != 0, wq = w64_feof(wf) != 0;
		same("indicators", ge == we && gq == wq, "step %d: glibc err %d eof %d, libc err %d eof %d", step,
		     ge, gq, we, wq);
		if (ge) {
			/* Past an invalid byte, as a program would go on. */
			clearerr(gf);
			w64_clearerr(wf);
			int gb = fgetc(gf), wb = w64_fgetc(wf);
			no_ftell = 1;
			same("fgetc after EILSEQ", gb == wb, "glibc %d, libc %d", gb, wb);
		}
	}
	long gp = ftell(gf), wp = w64_ftell(wf);
	same("ftell", gp == wp || no_ftell, "glibc %ld, libc %ld", gp, wp);
	fclose(gf);
	w64_fclose(wf);
}

static void test_write(int utf8)
{
	char gpath[96];
	snprintf(gpath, sizeof gpath, "%s/out-g", dir);
	FILE *gf = fopen(gpath, "w");
	char wout[96];
	snprintf(wout, sizeof wout, "%s/out-w", dir);
	void *wf = w64_fopen(wout, "w");
	for (int step = 0; step < 12; step++) {
		/* Only characters the locale can write: glibc's streams
		 * write others transliterated ('?' in C.UTF-8, some in "C"),
		 * the libc fails with EILSEQ (tests/libc/wstdio.c). */
		wchar_t c = wide_pool[rnd_below(utf8 ? sizeof wide_pool / sizeof wide_pool[0] - 1 : 6)];
		errno = 0;
		w64_errno = 0;
		switch (rnd_below(4)) {
		case 0: {
			wint_t g = fputwc(c, gf), w = w64_fputwc(c, wf);
			same("fputwc", g == w && errno_meaning(errno, 0) == errno_meaning(w64_errno, 1),
			     "%x: glibc %x errno %d, libc %x errno %d", (unsigned)c, g, errno, w, w64_errno);
			break;
		}
		case 1: {
			wchar_t s[4] = {'x', c, 'y', 0};
			int g = fputws(s, gf), w = w64_fputws(s, wf);
			same("fputws", (g < 0) == (w < 0), "\"%s\": glibc %d, libc %d", show(s), g, w);
			break;
		}
		default: {
			int g = fwprintf(gf, L"<%lc|%d>", c, step), w = w64_fwprintf(wf, L"<%lc|%d>", c, step);
			same("fwprintf", g == w, "%x: glibc %d, libc %d", (unsigned)c, g, w);
			break;
		}
		}
		int ge = ferror(gf) != 0, we = w64_ferror(wf) != 0;
		same("ferror after output", ge == we, "glibc %d, libc %d", ge, we);
		clearerr(gf);
		w64_clearerr(wf);
	}
	fclose(gf);
	w64_fclose(wf);
	/* Both files, byte for byte. */
	char wpath[96], ga[512], wa[512];
	snprintf(wpath, sizeof wpath, "%s/out-w", dir);
	FILE *a = fopen(gpath, "r"), *b = fopen(wpath, "r");
	size_t gn = fread(ga, 1, sizeof ga, a), wn = fread(wa, 1, sizeof wa, b);
	fclose(a);
	fclose(b);
	same("output file", gn == wn && memcmp(ga, wa, gn) == 0, "glibc %zu bytes, libc %zu bytes", gn, wn);
}

static void test_fwide(void)
{
	char gpath[96];
	snprintf(gpath, sizeof gpath, "%s/in", dir);
	write_bytes(gpath, "abc", 3);
	static const int modes[] = {0, 1, -1, 5, -7};
	FILE *gf = fopen(gpath, "r");
	void *wf = w64_fopen(gpath, "r");
	int first = modes[rnd_below(5)];
	int g = fwide(gf, first), w = w64_fwide(wf, first);
	same("fwide", (g > 0) - (g < 0) == (w > 0) - (w < 0), "fresh, mode %d: glibc %d, libc %d", first, g, w);
	if (rnd_below(2)) {
		fgetc(gf);
		w64_fgetc(wf);
	} else {
		fgetwc(gf);
		w64_fgetwc(wf);
	}
	g = fwide(gf, 0);
	w = w64_fwide(wf, 0);
	same("fwide", (g > 0) - (g < 0) == (w > 0) - (w < 0), "after I/O: glibc %d, libc %d", g, w);
	fclose(gf);
	w64_fclose(wf);
}

static void test_wcsftime(void)
{
	static const char convs[] = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%";
	wchar_t fmt[32], g[48], w[48];
	size_t n = 0;
	for (unsigned k = 1 + rnd_below(4); k > 0; k--) {
		if (rnd_below(2))
			fmt[n++] = wide_pool[rnd_below(sizeof wide_pool / sizeof wide_pool[0] - 1)] == '%' ? 0x4e00 : 0xe9;
		fmt[n++] = '%';
		if (rnd_below(4) == 0)
			fmt[n++] = (wchar_t)"-_0^#"[rnd_below(5)];
		fmt[n++] = (wchar_t)convs[rnd_below(sizeof convs - 1)];
	}
	fmt[n] = 0;
	time_t t = (time_t)(rnd() % 8000000000u) - 2000000000;
	struct tm tm;
	gmtime_r(&t, &tm);
	size_t max = rnd_below(48);
	wmemset(g, 0x7777, 48);
	wmemset(w, 0x7777, 48);
	size_t gr = wcsftime(g, max, fmt, &tm), wr = w64_wcsftime(w, max, fmt, &tm);
	same("wcsftime", gr == wr && (gr == 0 || wcscmp(g, w) == 0), "\"%s\" max %zu: glibc %zu \"%s\", libc %zu \"%s\"",
	     show(fmt), max, gr, gr ? show(g) : "", wr, wr ? show(w) : "");
}

static void campaign(const char *name, unsigned long rounds)
{
	locale_name = name;
	setlocale(LC_ALL, name);
	w64_setlocale(W64_LC_ALL, name);
	for (unsigned long i = 0; i < rounds; i++) {
		switch (i % 40) {
		case 0: test_read(); break;
		case 1: test_write(strcmp(name, "C") != 0); break;
		case 2: test_fwide(); break;
		case 3: case 4: test_wcsftime(); break;
		default:
			if (i % 2)
				test_swprintf();
			else
				test_swscanf();
			break;
		}
	}
}

int main(int argc, char **argv)
{
	(void)argc;
	diff_preopen(argv, dir, sizeof dir);
	setenv("TZ", "UTC0", 1); /* glibc's local time is then the libc's (%s) */
	tzset();
	unsigned long rounds = diff_setup(100000);
	campaign("C.UTF-8", rounds);
	campaign("C", rounds / 4);
	char path[96];
	static const char *const files[] = {"in", "out-g", "out-w"};
	for (int i = 0; i < 3; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
	printf("wstdio: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
