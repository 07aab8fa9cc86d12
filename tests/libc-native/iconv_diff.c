/*
 * iconv against glibc's, on generated input.
 *
 *   iconv_diff     W64_DIFF_CASES cases (default 100000), seed W64_DIFF_SEED
 *
 * Each case picks a source and a target among the encodings both have
 * (their names spelt in random case, now and then by an alias), makes
 * source text from random characters (ASCII, Latin-1, the BMP, astral,
 * U+FEFF; now and then a unit the source cannot hold, a mark first, a
 * byte changed or the end cut off), and converts it with both, in steps:
 * the input arrives in two parts (so a character may be cut between
 * them), the output buffer is of random size and is given more room
 * after each E2BIG, and a reset (no input) may come between steps.
 * Every call must agree: the result, errno, how far *in and *out moved
 * and the bytes written.
 *
 * Left out, where glibc reads more than Unicode (docs/libc.md): UTF-8
 * input with the pre-2003 forms past U+10FFFF (lead bytes F5-FD, or F4
 * then 90-BF), and UCS-4 or WCHAR_T input holding a surrogate or a value
 * past U+10FFFF, which glibc passes on; and where glibc converts in one
 * step (from or to WCHAR_T, its internal form), which writes UTF-16's
 * or UTF-32's mark even when no character comes, and looks for room in
 * the output before it reads the input (E2BIG rather than EILSEQ or
 * EINVAL); glibc cannot convert WCHAR_T to itself; it drops the tag
 * characters U+E0000-U+E007F where the target lacks them.  //TRANSLIT is not
 * compared
 * (glibc transliterates from tables; here it is '?').
 */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "diff.h"
#include "w64.h"

static unsigned long cases, mismatches, left_out;

enum { BYTE, UTF8, U16, U32 };

static const struct enc {
	const char *name;
	int kind, be, bom; /* bom: a mark may start the input */
	uint32_t max;      /* BYTE: the largest code point; U16: 0xffff for UCS-2 */
	const char *alias;
} encs[] = {
	{"UTF-8", UTF8, 0, 0, 0, "utf8"},
	{"UTF-16", U16, 0, 1, 0x10ffff, "UTF16"},
	{"UTF-16LE", U16, 0, 0, 0x10ffff, "utf-16le"},
	{"UTF-16BE", U16, 1, 0, 0x10ffff, "UTF16BE"},
	{"UTF-32", U32, 0, 1, 0, "utf32"},
	{"UTF-32LE", U32, 0, 0, 0, "UTF32LE"},
	{"UTF-32BE", U32, 1, 0, 0, "utf-32be"},
	{"UCS-2", U16, 0, 0, 0xffff, "ISO-10646/UCS2"},
	{"UCS-2LE", U16, 0, 0, 0xffff, "UNICODELITTLE"},
	{"UCS-2BE", U16, 1, 0, 0xffff, "UNICODEBIG"},
	{"UCS-4", U32, 1, 0, 0, "ISO-10646/UCS4"},
	{"UCS-4LE", U32, 0, 0, 0, "ucs-4le"},
	{"UCS-4BE", U32, 1, 0, 0, "10646-1:1993"},
	{"WCHAR_T", U32, 0, 0, 0, "wchar_t"},
	{"ISO-8859-1", BYTE, 0, 0, 0xff, "LATIN1"},
	{"ASCII", BYTE, 0, 0, 0x7f, "US-ASCII"},
};
#define NENCS (sizeof encs / sizeof encs[0])

/* UCS-4 and WCHAR_T: glibc's decoder takes any value to 0x7fffffff. */
static int lax_u32(const struct enc *e)
{
	return e->kind == U32 && (strncmp(e->name, "UCS-4", 5) == 0 || strcmp(e->name, "WCHAR_T") == 0);
}

static uint32_t random_char(void)
{
	switch (rnd_below(20)) {
	case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7: return 0x20 + rnd_below(0x5f);
	case 8: return rnd_below(0x20);
	case 9: case 10: return 0x80 + rnd_below(0x80);
	case 11: case 12: return 0x100 + rnd_below(0x700);
	case 13: case 14: { uint32_t c = 0x800 + rnd_below(0xf800); return c >= 0xd800 && c < 0xe000 ? c + 0x800 : c; }
	case 15: case 16: {
		/* Not the tag characters, which glibc drops where the target
		 * lacks them. */
		uint32_t c = 0x10000 + rnd_below(0x100000);
		return c >= 0xe0000 && c <= 0xe007f ? c + 0x80 : c;
	}
	case 17: return 0xfeff;
	case 18: return 0xd800 + rnd_below(0x800); /* a surrogate: invalid as a character */
	default: return rnd_below(3) ? 0x110000 + rnd_below(0x1000) : (uint32_t)rnd();
	}
}

static size_t put(unsigned char *p, uint32_t v, int size, int be)
{
	for (int i = 0; i < size; i++)
		p[i] = (unsigned char)(v >> 8 * (be ? size - 1 - i : i));
	return (size_t)size;
}

/* c in e's form, whether e can hold it or not (a unit of its width). */
static size_t encode(const struct enc *e, unsigned char *p, uint32_t c, int be)
{
	switch (e->kind) {
	case BYTE:
		p[0] = (unsigned char)c;
		return 1;
	case UTF8:
		if (c < 0x80) {
			p[0] = (unsigned char)c;
			return 1;
		}
		if (c > 0x10ffff) {
			p[0] = (unsigned char)(0xf5 + rnd_below(11)); /* F5-FF */
			return 1;
		}
		{
			int len = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
			for (int i = len - 1; i > 0; i--, c >>= 6)
				p[i] = (unsigned char)(0x80 | (c & 0x3f));
			p[0] = (unsigned char)((0xf00u >> len) | c);
			return (size_t)len;
		}
	case U16:
		if (c > 0xffff && c <= 0x10ffff && e->max > 0xffff) {
			put(p, 0xd800 + ((c - 0x10000) >> 10), 2, be);
			return 2 + put(p + 2, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, be);
		}
		return put(p, c, 2, be);
	default:
		return put(p, c, 4, be);
	}
}

/* Where glibc reads more than Unicode. */
static int beyond_unicode(const struct enc *e, const unsigned char *p, size_t n)
{
	if (e->kind == UTF8) {
		for (size_t i = 0; i < n; i++)
			if ((p[i] >= 0xf5 && p[i] <= 0xfd) || (p[i] == 0xf4 && i + 1 < n && p[i + 1] >= 0x90 && p[i + 1] <= 0xbf))
				return 1;
	}
	if (lax_u32(e)) {
		for (size_t i = 0; i + 4 <= n; i += 4) {
			uint32_t v = 0;
			for (int k = 0; k < 4; k++)
				v |= (uint32_t)p[i + k] << 8 * (e->be ? 3 - k : k);
			if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
				return 1;
		}
	}
	return 0;
}

/* Whether p holds a tag character (U+E0000-U+E007F), in either byte
 * order: a changed byte can make one. */
static int has_tag(const struct enc *e, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (e->kind == UTF8 && i + 2 < n && p[i] == 0xf3 && p[i + 1] == 0xa0 && (p[i + 2] & 0xfe) == 0x80)
			return 1;
		if (e->kind == U16 && i % 2 == 0 && i + 3 < n &&
		    ((p[i] == 0xdb && p[i + 1] == 0x40 && p[i + 2] == 0xdc && p[i + 3] < 0x80) ||
		     (p[i + 1] == 0xdb && p[i] == 0x40 && p[i + 3] == 0xdc && p[i + 2] < 0x80)))
			return 1;
		if (e->kind == U32 && i % 4 == 0 && i + 3 < n &&
		    ((p[i] == 0 && p[i + 1] == 0x0e && p[i + 2] == 0 && p[i + 3] < 0x80) ||
		     (p[i + 3] == 0 && p[i + 2] == 0x0e && p[i + 1] == 0 && p[i] < 0x80)))
			return 1;
	}
	return 0;
}

static void name_of(char *out, const struct enc *e, int how)
{
	const char *n = how == 0 ? e->alias : e->name;
	size_t i = 0;
	for (; n[i]; i++)
		out[i] = how == 2 && n[i] >= 'A' && n[i] <= 'Z' && rnd_below(2) ? (char)(n[i] + 32) : n[i];
	out[i] = '\0';
}

static void show(const char *what, const unsigned char *p, size_t n, char *out, size_t cap)
{
	size_t k = (size_t)snprintf(out, cap, "%s:", what);
	for (size_t i = 0; i < n && k + 4 < cap; i++)
		k += (size_t)snprintf(out + k, cap - k, " %02x", p[i]);
}

static void one_case(void)
{
	const struct enc *from = &encs[rnd_below(NENCS)], *to = &encs[rnd_below(NENCS)];
	char from_name[32], to_name[48];
	name_of(from_name, from, rnd_below(8) == 0 ? 0 : 1 + rnd_below(2));
	name_of(to_name, to, rnd_below(8) == 0 ? 0 : 1 + rnd_below(2));
	/* glibc's UCS-2 decoder counts what //IGNORE skips as irreversible
	 * conversions and succeeds; its others fail with EILSEQ, as here. */

	unsigned char in[160];
	size_t n = 0;
	int be = from->be;
	if (from->bom && rnd_below(2)) {
		be = rnd_below(2);
		n += encode(from, in + n, 0xfeff, be);
	}
	for (unsigned k = rnd_below(13); k > 0; k--)
		n += encode(from, in + n, random_char(), be);
	if (n > 0 && rnd_below(5) == 0)
		in[rnd_below((unsigned)n)] = (unsigned char)rnd();
	if (n > 0 && rnd_below(5) == 0)
		n -= rnd_below((unsigned)(n < 3 ? n : 3) + 1);
	/* glibc converts from WCHAR_T (its internal form) in one step, which
	 * writes UTF-16's or UTF-32's mark on the first call even when no
	 * character comes; here the mark comes with the first character. */
	int one_step = strcmp(from->name, "WCHAR_T") == 0 || strcmp(to->name, "WCHAR_T") == 0;
	/* glibc's UCS-2 decoder counts what //IGNORE skips as irreversible
	 * conversions and succeeds, and its one-step conversions answer
	 * EINVAL at the end of the input after skipping; elsewhere it fails
	 * with EILSEQ, as here. */
	if (rnd_below(8) == 0 && !one_step && !(from->kind == U16 && from->max == 0xffff))
		strcat(to_name, "//IGNORE");
	int lacks_tags = to->kind == BYTE || (to->kind == U16 && to->max == 0xffff);
	if (beyond_unicode(from, in, n) || (lacks_tags && has_tag(from, in, n)) ||
	    (strcmp(from->name, "WCHAR_T") == 0 && (to->bom || from == to))) {
		left_out++;
		return;
	}

	iconv_t g = iconv_open(to_name, from_name);
	void *w = w64_iconv_open(to_name, from_name);
	cases++;
	if (g == (iconv_t)-1 || w == (void *)-1) {
		if ((g == (iconv_t)-1) != (w == (void *)-1) && mismatches++ < 20)
			printf("iconv_open(\"%s\", \"%s\"): glibc %s, libc %s\n", to_name, from_name,
			       g == (iconv_t)-1 ? "fails" : "opens", w == (void *)-1 ? "fails" : "opens");
		if (g != (iconv_t)-1)
			iconv_close(g);
		if (w != (void *)-1)
			w64_iconv_close(w);
		return;
	}

	/* Until a call reads a whole unit, a mark may come (also after a
	 * reset).  When that call ends in E2BIG, glibc looks for a mark
	 * again in the next one, and drops a U+FEFF there: left out. */
	int mark_pending = 1;
	unsigned unit = from->kind == U16 ? 2 : from->kind == U32 ? 4 : 1;
	size_t pos = 0, avail = rnd_below(2) ? n : rnd_below((unsigned)n + 1);
	for (int step = 0; step < 12; step++) {
		if (rnd_below(10) == 0) {
			size_t gr = iconv(g, NULL, NULL, NULL, NULL), wr = w64_iconv(w, NULL, NULL, NULL, NULL);
			cases++;
			mark_pending = 1;
			if (gr != wr && mismatches++ < 20)
				printf("reset %s <- %s: glibc %zd, libc %zd\n", to_name, from_name, (ssize_t)gr, (ssize_t)wr);
		}
		unsigned char gout[256], wout[256];
		size_t room = rnd_below(3) ? rnd_below(24) : sizeof gout;
		char *gi = (char *)in + pos, *wi = (char *)in + pos, *go = (char *)gout, *wo = (char *)wout;
		size_t given = avail - pos, gil = given, wil = given, gol = room, wol = room;
		errno = 0;
		w64_errno = 0;
		size_t gr = iconv(g, &gi, &gil, &go, &gol);
		int ge = gr == (size_t)-1 ? errno : 0;
		size_t wr = w64_iconv(w, &wi, &wil, &wo, &wol);
		int we = wr == (size_t)-1 ? w64_errno : 0;
		cases++;
		size_t gn = (size_t)(go - (char *)gout), wn = (size_t)(wo - (char *)wout);
		/* glibc's one-step conversions (WCHAR_T at one end) look for
		 * room before they read the character: E2BIG where the libc
		 * finds the character bad first. */
		if (one_step && ge == E2BIG && (we == W64_EILSEQ || we == W64_EINVAL) && gn == wn &&
		    memcmp(gout, wout, gn) == 0) {
			left_out++;
			break;
		}
		if (gr != wr || w64_errno_meaning(ge, 0) != w64_errno_meaning(we, 1) || gi - (char *)in != wi - (char *)in ||
		    gil != wil || gol != wol || gn != wn || memcmp(gout, wout, gn) != 0) {
			if (mismatches++ < 20) {
				char src[600], a[300], b[300];
				show("input", in, n, src, sizeof src);
				show("glibc", gout, gn, a, sizeof a);
				show("libc", wout, wn, b, sizeof b);
				printf("%s <- %s, step %d at %zu of %zu (%zu given), room %zu: glibc %zd errno %d used %zd, "
				       "libc %zd errno %d used %zd\n  %s\n  %s\n  %s\n",
				       to_name, from_name, step, pos, n, avail, room, (ssize_t)gr, ge, gi - (char *)in - (ssize_t)pos,
				       (ssize_t)wr, we, wi - (char *)in - (ssize_t)pos, src, a, b);
			}
			break;
		}
		pos = (size_t)(gi - (char *)in);
		if (from->bom && mark_pending && given >= unit && ge == E2BIG) {
			left_out++;
			break;
		}
		if (given >= unit)
			mark_pending = 0;
		if (ge == EINVAL && avail < n)
			avail = n; /* the rest of the input arrives */
		else if (ge != 0 && ge != E2BIG)
			break;
		else if (ge == 0 && avail < n)
			avail = n;
		else if (ge == 0)
			break;
	}
	iconv_close(g);
	w64_iconv_close(w);
}

int main(void)
{
	unsigned long n = diff_setup(100000);
	for (unsigned long i = 0; i < n; i++)
		one_case();
	printf("iconv: %lu inputs beyond Unicode left out\n", left_out);
	printf("iconv: %lu cases compared, %lu mismatches\n", cases, mismatches);
	return mismatches != 0;
}
