/*
 * What both matchers ask of the subject: its characters (bytes, or UTF-8
 * sequences when regcomp saw a UTF-8 LC_CTYPE), whether one matches an
 * instruction, and the zero-width assertions.
 */
#include <regex.h>
#include <stdlib.h>

#include "w64_regex.h"
#include "w64_wctype.h"

size_t __w64_regex_char(const struct __w64_regex *re, const char *s, size_t len, size_t pos, uint32_t *c)
{
	const unsigned char *u = (const unsigned char *)s + pos;
	size_t left = len - pos;
	uint32_t b = u[0];
	if (!re->utf8 || b < 0x80) {
		*c = b;
		return 1;
	}
	/* Strict UTF-8: no overlong forms, surrogates or values past
	 * U+10FFFF; anything else is a raw byte. */
	size_t n = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
	uint32_t min = n == 4 ? 0x10000 : n == 3 ? 0x800 : 0x80;
	uint32_t v = b & (0x7f >> n);
	if (b < 0xc2 || b > 0xf4 || left < n)
		goto raw;
	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80)
			goto raw;
		v = v << 6 | (u[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		goto raw;
	*c = v;
	return n;
raw:
	*c = W64_RE_RAW | b;
	return 1;
}

uint32_t __w64_regex_lower(const struct __w64_regex *re, uint32_t c)
{
	return c & W64_RE_RAW ? c : __w64_wc_case(c, 1, re->utf8);
}

uint32_t __w64_regex_upper(const struct __w64_regex *re, uint32_t c)
{
	return c & W64_RE_RAW ? c : __w64_wc_case(c, 0, re->utf8);
}

static int in_set(const struct __w64_regex *re, const struct w64_re_set *s, uint32_t c)
{
	if (c < 256)
		return (s->bits[c >> 5] >> (c & 31)) & 1;
	for (size_t i = 0; i < s->nranges; i++)
		if (c >= s->ranges[2 * i] && c <= s->ranges[2 * i + 1])
			return 1;
	if (c & W64_RE_RAW)
		return 0;
	for (int type = W64_WCTYPE_ALNUM; type <= W64_WCTYPE_XDIGIT; type++)
		if ((s->classes >> type) & 1 && __w64_wc_is(c, (unsigned long)type, re->utf8))
			return 1;
	return 0;
}

int __w64_regex_matches(const struct __w64_regex *re, const struct w64_re_inst *in, uint32_t c)
{
	int icase = re->cflags & REG_ICASE;
	switch (in->op) {
	case W64_RE_CHAR:
		return c == in->a || c == in->b || (icase && __w64_regex_lower(re, c) == in->a);
	case W64_RE_ANY:
		return !(c == '\n' && (re->cflags & REG_NEWLINE)) && !(c & W64_RE_RAW);
	case W64_RE_SET: {
		const struct w64_re_set *s = &re->sets[in->a];
		int hit = in_set(re, s, c) ||
			  (icase && (in_set(re, s, __w64_regex_lower(re, c)) || in_set(re, s, __w64_regex_upper(re, c))));
		if (!s->negate)
			return hit;
		/* A non-matching list never takes a byte that is not a
		 * character, nor (under REG_NEWLINE) a newline. */
		return !hit && !(c & W64_RE_RAW) && !(c == '\n' && (re->cflags & REG_NEWLINE) && !s->escape);
	}
	}
	return 0;
}

static int is_word(const struct __w64_regex *re, uint32_t c)
{
	return c == '_' || (!(c & W64_RE_RAW) && __w64_wc_is(c, W64_WCTYPE_ALNUM, re->utf8));
}

/* Whether the character before pos is a word character. */
static int word_before(const struct __w64_regex *re, const char *s, size_t len, size_t pos)
{
	if (pos == 0)
		return 0;
	size_t start = pos - 1;
	if (re->utf8)
		while (start > 0 && pos - start < 4 && ((unsigned char)s[start] & 0xc0) == 0x80)
			start--;
	uint32_t c;
	if (__w64_regex_char(re, s, len, start, &c) != pos - start)
		__w64_regex_char(re, s, len, pos - 1, &c);
	return is_word(re, c);
}

static int word_at(const struct __w64_regex *re, const char *s, size_t len, size_t pos)
{
	uint32_t c;
	if (pos >= len)
		return 0;
	__w64_regex_char(re, s, len, pos, &c);
	return is_word(re, c);
}

int __w64_regex_assert(const struct __w64_regex *re, int kind, const char *s, size_t len, size_t pos,
		       int eflags)
{
	int newline = re->cflags & REG_NEWLINE;
	switch (kind) {
	case W64_RE_BOL:
		return (pos == 0 && !(eflags & REG_NOTBOL)) || (newline && pos > 0 && s[pos - 1] == '\n');
	case W64_RE_EOL:
		return (pos == len && !(eflags & REG_NOTEOL)) || (newline && pos < len && s[pos] == '\n');
	case W64_RE_BUFBEG:
		return pos == 0;
	case W64_RE_BUFEND:
		return pos == len;
	}
	int before = word_before(re, s, len, pos), after = word_at(re, s, len, pos);
	switch (kind) {
	case W64_RE_WORDB:
		return before != after;
	case W64_RE_NWORDB:
		return before == after;
	case W64_RE_WORDBEG:
		return !before && after;
	default:
		return before && !after;
	}
}

void __w64_regex_free(struct __w64_regex *re)
{
	for (size_t i = 0; i < re->nsets; i++)
		free(re->sets[i].ranges);
	free(re->sets);
	free(re->code);
}
