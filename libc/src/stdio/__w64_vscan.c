/*
 * The scanf engine: C11 7.21.6.2, every conversion (d i o u x X a e f g c
 * s [ p n %, and the upper-case A E F G X), the length modifiers hh h l ll
 * j z t L, field widths, assignment suppression and POSIX positions ("%n$":
 * the n-th pointer argument).
 *
 * Each conversion reads its *input item*: the longest run of input that
 * is, or begins, a matching sequence, with the first byte that cannot
 * extend it pushed back.  When the item is only the beginning of one
 * ("0x" with no hex digit, "1e+", "nan(abc" without its ')') the directive
 * fails and the item stays consumed, as C11 says (its example: "100ergs"
 * against %f fails).  glibc accepts such items as the number they begin
 * with; this is the one place where the two differ on purpose.
 *
 * Integers are accumulated while read, saturating at UINTMAX_MAX as
 * strtoumax does, then stored into the type the length modifier names
 * (truncated, as glibc stores an out-of-range value).  Floating-point items
 * are collected as text and converted by strtof, strtod or strtold, so
 * scanf and strtod always agree.  %lc, %ls and %l[ convert the bytes read
 * with mbrtowc, in the current locale.
 *
 * The wide scanf family runs this same engine with in->wide set (see
 * w64_scan.h): input characters are then wide ones, the format is wide
 * (in w64_wide.h's encoding, ASCII staying itself), and the few places
 * that look at more than ASCII — white space, literal characters,
 * scansets, %c %s %[ — read it as wide characters.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "w64_errno.h"
#include "w64_scan.h"
#include "w64_stdio.h"
#include "w64_wide.h"

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

/* The next input character (a byte, or a wide character with in->wide);
 * EOF at the end.  WEOF is EOF as an int. */
static int in_get(struct __w64_input *in)
{
	int c;
	if (in->wide)
		c = in->f != NULL ? (int)__w64_file_getwc(in->f) : *in->ws != 0 ? (int)*in->ws++ : EOF;
	else if (in->f != NULL)
		c = __w64_getc_inline(in->f);
	else
		c = *in->s != '\0' ? *in->s++ : EOF;
	if (c != EOF)
		in->count++;
	return c;
}

static void in_unget(struct __w64_input *in, int c)
{
	if (c == EOF)
		return;
	in->count--;
	if (in->wide && in->f != NULL)
		__w64_file_ungetwc((wint_t)c, in->f);
	else if (in->wide)
		in->ws--;
	else if (in->f != NULL)
		ungetc(c, in->f);
	else
		in->s--;
}

static int is_space(const struct __w64_input *in, int c)
{
	return in->wide ? iswspace((wint_t)c) : isspace(c);
}

/* The format character at p (a byte, or with in->wide a wide one), and
 * its length in bytes. */
static size_t fmt_char(const struct __w64_input *in, const char *p, uint32_t *c)
{
	if (!in->wide) {
		*c = (unsigned char)*p;
		return 1;
	}
	return __w64_wdec(p, c);
}

/* Skips white space; the first other byte stays unread.  EOF at the end. */
static int skip_space(struct __w64_input *in)
{
	int c;
	do {
		c = in_get(in);
	} while (c != EOF && is_space(in, c));
	in_unget(in, c);
	return c;
}

/* A growing buffer for floating-point items, on the stack while short. */
struct text {
	char *p;
	size_t len, cap;
	char small[128];
};

static int text_add(struct text *t, int c)
{
	if (t->len + 1 >= t->cap) {
		size_t ncap = t->cap * 2;
		char *np = t->p == t->small ? malloc(ncap) : realloc(t->p, ncap);
		if (np == NULL)
			return -1;
		if (t->p == t->small)
			memcpy(np, t->small, t->len);
		t->p = np;
		t->cap = ncap;
	}
	t->p[t->len++] = (char)c;
	t->p[t->len] = '\0';
	return 0;
}

static void text_free(struct text *t)
{
	if (t->p != t->small)
		free(t->p);
}

/* Reads through the item of one conversion, within `width` bytes. */
struct item {
	struct __w64_input *in;
	size_t width; /* bytes left */
	int c;        /* the byte under consideration; EOF at the end */
};

static void item_start(struct item *it, struct __w64_input *in, size_t width)
{
	it->in = in;
	it->width = width;
	it->c = width > 0 ? in_get(in) : EOF;
}

/* Takes the current byte into the item and looks at the next. */
static void item_take(struct item *it)
{
	it->width--;
	it->c = it->width > 0 ? in_get(it->in) : EOF;
}

/* Puts back the byte that ended the item. */
static void item_end(struct item *it)
{
	if (it->width > 0)
		in_unget(it->in, it->c);
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/*
 * An integer item in `base` (0: as %i, from its prefix).  Returns 1 with
 * the magnitude and sign (2 when the magnitude overflowed: *mag is then
 * UINTMAX_MAX), 0 for a matching failure, -1 if the input ended before
 * any byte of the item.
 */
static int scan_integer(struct __w64_input *in, size_t width, int base, uintmax_t *mag, int *neg)
{
	struct item it;
	item_start(&it, in, width);
	if (it.c == EOF)
		return -1;
	*neg = 0;
	*mag = 0;
	if (it.c == '+' || it.c == '-') {
		*neg = it.c == '-';
		item_take(&it);
	}
	int digits = 0;
	if ((base == 0 || base == 16) && it.c == '0') {
		item_take(&it);
		digits = 1; /* "0" alone is a whole number */
		if (it.c == 'x' || it.c == 'X') {
			item_take(&it);
			base = 16;
			digits = 0; /* "0x" needs a hex digit after it */
		} else if (base == 0) {
			base = 8;
		}
	}
	if (base == 0)
		base = 10;
	int overflow = 0;
	while (digit_value(it.c) < base) {
		uintmax_t d = (uintmax_t)digit_value(it.c);
		if (*mag > (UINTMAX_MAX - d) / (uintmax_t)base)
			overflow = 1;
		else
			*mag = *mag * (uintmax_t)base + d;
		digits++;
		item_take(&it);
	}
	item_end(&it);
	if (digits == 0)
		return 0;
	if (overflow) {
		*mag = UINTMAX_MAX;
		return 2;
	}
	return 1;
}

static int match_word(struct item *it, struct text *t, const char *word)
{
	for (; *word != '\0'; word++) {
		if (it->c == EOF || tolower(it->c) != *word)
			return 0;
		if (text_add(t, it->c) != 0)
			return -1;
		item_take(it);
	}
	return 1;
}

/*
 * A floating-point item, as text for strtod: [sign] then decimal digits
 * with an optional point and exponent, 0x and hex digits with an optional
 * point and binary exponent, "inf", "infinity", "nan" or "nan(chars)".
 * Returns 1 (complete), 0 (matching failure), -1 (input ended first) or
 * -2 (out of memory).
 */
static int scan_float(struct __w64_input *in, size_t width, struct text *t)
{
	struct item it;
	int r = 1;
	item_start(&it, in, width);
	if (it.c == EOF)
		return -1;
	if (it.c == '+' || it.c == '-') {
		if (text_add(t, it.c) != 0)
			return -2;
		item_take(&it);
	}
	int lc = it.c == EOF ? EOF : tolower(it.c);
	if (lc == 'i') {
		r = match_word(&it, t, "inf");
		if (r == 1 && it.c != EOF && tolower(it.c) == 'i')
			r = match_word(&it, t, "inity");
	} else if (lc == 'n') {
		r = match_word(&it, t, "nan");
		if (r == 1 && it.c == '(') {
			/* "nan(" must close: ')' after letters, digits and '_'. */
			r = 0;
			do {
				if (text_add(t, it.c) != 0) {
					r = -1;
					break;
				}
				item_take(&it);
				if (it.c == ')') {
					r = text_add(t, it.c) != 0 ? -1 : 1;
					item_take(&it);
					break;
				}
			} while (it.c != EOF && (isalnum(it.c) || it.c == '_'));
		}
	} else {
		int base = 10, digits = 0;
		if (it.c == '0') {
			if (text_add(t, it.c) != 0)
				return -2;
			item_take(&it);
			digits = 1;
			if (it.c == 'x' || it.c == 'X') {
				if (text_add(t, it.c) != 0)
					return -2;
				item_take(&it);
				base = 16;
				digits = 0;
			}
		}
		int (*is_digit)(int) = base == 16 ? isxdigit : isdigit;
		while (it.c != EOF && is_digit(it.c)) {
			if (text_add(t, it.c) != 0)
				return -2;
			item_take(&it);
			digits++;
		}
		if (it.c == '.') {
			if (text_add(t, it.c) != 0)
				return -2;
			item_take(&it);
			while (it.c != EOF && is_digit(it.c)) {
				if (text_add(t, it.c) != 0)
					return -2;
				item_take(&it);
				digits++;
			}
		}
		r = digits > 0;
		int e = base == 16 ? 'p' : 'e';
		if (r && it.c != EOF && tolower(it.c) == e) {
			if (text_add(t, it.c) != 0)
				return -2;
			item_take(&it);
			if (it.c == '+' || it.c == '-') {
				if (text_add(t, it.c) != 0)
					return -2;
				item_take(&it);
			}
			int exp_digits = 0;
			while (it.c != EOF && isdigit(it.c)) {
				if (text_add(t, it.c) != 0)
					return -2;
				item_take(&it);
				exp_digits++;
			}
			r = exp_digits > 0;
		}
	}
	item_end(&it);
	return r < 0 ? -2 : r;
}

/* A %[ conversion's set: its text in the format, and for bytes the
 * 256-bit set it makes. */
struct scanset {
	const char *begin, *end; /* the members, the closing ']' at end */
	int negate;
	unsigned char bits[32];
};

/* Reads the set after "%[" (p); returns the format after ']', or NULL
 * if the scanset is not closed.  ']' and '^' are ASCII, so the extent
 * is found the same way in a wide format. */
static const char *parse_scanset(const char *p, struct scanset *set, int wide)
{
	set->negate = *p == '^';
	if (set->negate)
		p++;
	set->begin = p;
	memset(set->bits, 0, sizeof set->bits);
	for (; *p != '\0' && (*p != ']' || p == set->begin); p++) {
		if (wide)
			continue;
		unsigned char lo = (unsigned char)*p;
		/* "a-z" is a range when '-' is neither first nor last and the
		 * range goes up; otherwise '-' is itself. */
		if (p[1] == '-' && p[2] != ']' && p[2] != '\0' && (unsigned char)p[2] >= lo) {
			unsigned char hi = (unsigned char)p[2];
			for (unsigned c = lo; c <= hi; c++)
				set->bits[c / 8] |= (unsigned char)(1u << (c % 8));
			p += 2;
			continue;
		}
		set->bits[lo / 8] |= (unsigned char)(1u << (lo % 8));
	}
	if (*p != ']')
		return NULL;
	set->end = p;
	if (set->negate && !wide) {
		for (int i = 0; i < 32; i++)
			set->bits[i] = (unsigned char)~set->bits[i];
	}
	return p + 1;
}

/* Whether c is in the set; a wide set is read from its text, with the
 * same rule for ranges. */
static int in_set(const struct scanset *set, int c, int wide)
{
	if (!wide)
		return (set->bits[c / 8] >> (c % 8)) & 1;
	int found = 0;
	for (const char *p = set->begin; p < set->end && !found;) {
		uint32_t lo, hi;
		p += __w64_wdec(p, &lo);
		hi = lo;
		if (p + 1 < set->end && *p == '-') {
			size_t n = __w64_wdec(p + 1, &hi);
			if (hi >= lo)
				p += 1 + n;
			else
				hi = lo;
		}
		found = (uint32_t)c >= lo && (uint32_t)c <= hi;
	}
	return found != set->negate;
}

/* Stores an integer through the pointer the length modifier names. */
static void store_int(void *dest, enum length len, uintmax_t v)
{
	switch (len) {
	case LEN_HH: *(signed char *)dest = (signed char)v; break;
	case LEN_H: *(short *)dest = (short)v; break;
	case LEN_L: *(long *)dest = (long)v; break;
	case LEN_LL: case LEN_BIG_L: *(long long *)dest = (long long)v; break;
	case LEN_J: *(intmax_t *)dest = (intmax_t)v; break;
	case LEN_Z: *(size_t *)dest = (size_t)v; break;
	case LEN_T: *(ptrdiff_t *)dest = (ptrdiff_t)v; break;
	default: *(int *)dest = (int)v; break;
	}
}

/*
 * The pointer a conversion stores through: the next one, or with a POSIX
 * position ("%n$") the n-th of the call.  Every scanf argument is a
 * pointer, so the ones before it are passed over as void *.
 */
static void *dest_arg(va_list *next, va_list all, int position)
{
	if (position == 0)
		return va_arg(*next, void *);
	va_list ap;
	va_copy(ap, all);
	for (int i = 1; i < position; i++)
		(void)va_arg(ap, void *);
	void *dest = va_arg(ap, void *);
	va_end(ap);
	return dest;
}

/* "n$" at *pp (n >= 1): n, past the '$'; else 0. */
static int read_position(const char **pp)
{
	const char *p = *pp;
	int n = 0;
	if (*p < '1' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9') {
		if (n > (INT_MAX - 9) / 10)
			return 0; /* no argument list is that long: not a position */
		n = n * 10 + (*p++ - '0');
	}
	if (*p != '$')
		return 0;
	*pp = p + 1;
	return n;
}

/*
 * %c, %s and %[: bytes into a char array, or with 'l' characters into a
 * wchar_t array (through mbrtowc; the width then counts characters).
 * With in->wide the input is wide characters, stored as they are with
 * 'l' and through wcrtomb without; the width counts them.  `kind` is
 * 'c', 's' or '['.  Returns 1, 0 for a matching failure, -1 if the
 * input ended first, -2 on an invalid multibyte sequence or a wide
 * character the locale cannot write, -3 for such a character in %c.
 * C leaves open what kind of failure that is; glibc makes it an input
 * failure in %c and a matching failure in %s and %[, and so does this.
 * A suppressed conversion converts nothing, so it cannot fail so.
 */
static int scan_chars(struct __w64_input *in, size_t width, int kind, const struct scanset *set,
		      void *dest, int wide)
{
	char *out = dest;
	wchar_t *wout = dest;
	size_t bytes = 0, chars = 0;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	int c = EOF;
	int pending = 0; /* bytes of an incomplete multibyte character */

	while ((wide || in->wide ? chars : bytes) < width) {
		c = in_get(in);
		if (c == EOF)
			break;
		if ((kind == 's' && is_space(in, c)) || (kind == '[' && !in_set(set, c, in->wide))) {
			in_unget(in, c);
			break;
		}
		bytes++;
		if (in->wide) {
			chars++;
			if (wide && wout != NULL) {
				*wout++ = (wchar_t)c;
			} else if (!wide && out != NULL) {
				size_t n = wcrtomb(out, (wchar_t)c, &st);
				if (n == (size_t)-1)
					return kind == 'c' ? -3 : -2;
				out += n;
			}
			continue;
		}
		if (!wide) {
			if (out != NULL)
				*out++ = (char)c;
			continue;
		}
		char byte = (char)c;
		wchar_t wc;
		size_t r = mbrtowc(&wc, &byte, 1, &st);
		if (r == (size_t)-1)
			return -2;
		if (r == (size_t)-2) {
			pending = 1;
			continue;
		}
		pending = 0;
		chars++;
		if (wout != NULL)
			*wout++ = wc;
	}
	if (bytes == 0)
		return c == EOF ? -1 : 0;
	if (pending)
		return -2;
	if (kind == 'c' && (wide || in->wide ? chars : bytes) < width)
		return c == EOF ? -1 : 0;
	if (kind != 'c') {
		if (wide && wout != NULL)
			*wout = L'\0';
		else if (!wide && out != NULL)
			*out = '\0';
	}
	return 1;
}

int __w64_vscan(struct __w64_input *in, const char *fmt, va_list ap_in)
{
	va_list ap;
	va_copy(ap, ap_in);
	int assigned = 0;
	int result;

	for (const char *p = fmt; *p != '\0'; p++) {
		uint32_t fc;
		size_t flen = fmt_char(in, p, &fc);
		if (in->wide ? iswspace(fc) : isspace((int)fc)) {
			p += flen - 1;
			skip_space(in);
			continue;
		}
		if (*p != '%' || p[1] == '%') {
			/* An ordinary character, or "%%" (after white space,
			 * as glibc reads it). */
			if (*p == '%') {
				p++;
				fc = '%';
				flen = 1;
				skip_space(in);
			}
			p += flen - 1;
			int c = in_get(in);
			if (c == EOF)
				goto input_failure;
			if ((uint32_t)c != fc) {
				in_unget(in, c);
				goto matching_failure;
			}
			continue;
		}

		p++;
		int position = read_position(&p);
		int suppress = 0;
		if (*p == '*') {
			suppress = 1;
			p++;
		}
		size_t width = 0;
		int has_width = 0;
		while (*p >= '0' && *p <= '9') {
			size_t d = (size_t)(*p++ - '0');
			width = width > (SIZE_MAX - d) / 10 ? SIZE_MAX : width * 10 + d;
			has_width = 1;
		}
		enum length len = LEN_NONE;
		switch (*p) {
		case 'h':
			len = p[1] == 'h' ? LEN_HH : LEN_H;
			p += p[1] == 'h' ? 2 : 1;
			break;
		case 'l':
			len = p[1] == 'l' ? LEN_LL : LEN_L;
			p += p[1] == 'l' ? 2 : 1;
			break;
		case 'j':
			len = LEN_J;
			p++;
			break;
		case 'z':
			len = LEN_Z;
			p++;
			break;
		case 't':
			len = LEN_T;
			p++;
			break;
		case 'L':
			len = LEN_BIG_L;
			p++;
			break;
		default:
			break;
		}
		char conv = *p;
		if (conv == '\0' || strchr("ncs[diouxXpaAeEfFgG", conv) == NULL)
			goto bad_format;
		if (!has_width || width == 0)
			width = conv == 'c' ? 1 : SIZE_MAX;
		void *dest = suppress ? NULL : dest_arg(&ap, ap_in, position);

		switch (conv) {
		case 'n':
			if (!suppress)
				store_int(dest, len, (uintmax_t)in->count);
			continue;
		case 'c':
		case 's':
		case '[': {
			struct scanset set;
			if (conv == '[') {
				const char *end = parse_scanset(p + 1, &set, in->wide);
				if (end == NULL)
					goto bad_format;
				p = end - 1;
			} else if (conv == 's') {
				if (skip_space(in) == EOF)
					goto input_failure;
			}
			int r = scan_chars(in, width, conv, &set, dest, len == LEN_L);
			if (r == -1)
				goto input_failure;
			if (r == -2 || r == -3) {
				__w64_set_errno(EILSEQ);
				if (r == -3)
					goto input_failure;
				goto matching_failure;
			}
			if (r == 0)
				goto matching_failure;
			break;
		}
		case 'd':
		case 'i':
		case 'o':
		case 'u':
		case 'x':
		case 'X':
		case 'p': {
			if (skip_space(in) == EOF)
				goto input_failure;
			int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
			uintmax_t mag;
			int neg;
			int r = scan_integer(in, width, base, &mag, &neg);
			if (r < 0)
				goto input_failure;
			if (r == 0)
				goto matching_failure;
			uintmax_t v;
			if (conv == 'd' || conv == 'i') {
				/* strtoimax's clamping, then the store truncates. */
				if (neg)
					v = mag > (uintmax_t)INTMAX_MAX + 1 ? (uintmax_t)INTMAX_MIN : 0 - mag;
				else
					v = mag > (uintmax_t)INTMAX_MAX ? (uintmax_t)INTMAX_MAX : mag;
			} else if (r == 2) {
				v = UINTMAX_MAX; /* strtoumax: out of range, whatever the sign */
			} else {
				v = neg ? 0 - mag : mag; /* strtoumax: negation wraps */
			}
			if (!suppress) {
				if (conv == 'p')
					*(void **)dest = (void *)(uintptr_t)v;
				else
					store_int(dest, len, v);
			}
			break;
		}
		case 'a':
		case 'A':
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G': {
			if (skip_space(in) == EOF)
				goto input_failure;
			struct text t = {.cap = sizeof t.small};
			t.p = t.small;
			t.small[0] = '\0';
			int r = scan_float(in, width, &t);
			if (r == 1 && !suppress) {
				if (len == LEN_L)
					*(double *)dest = strtod(t.p, NULL);
				else if (len == LEN_BIG_L)
					*(long double *)dest = strtold(t.p, NULL);
				else
					*(float *)dest = strtof(t.p, NULL);
			}
			text_free(&t);
			if (r == -1)
				goto input_failure;
			if (r == -2) {
				__w64_set_errno(ENOMEM);
				goto input_failure;
			}
			if (r == 0)
				goto matching_failure;
			break;
		}
		default:
			goto bad_format;
		}
		if (!suppress)
			assigned++;
	}
	result = assigned;
	goto done;

bad_format:
	__w64_set_errno(EINVAL);
matching_failure:
	result = assigned;
	goto done;
input_failure:
	/* EOF when nothing was assigned: a suppressed conversion before the
	 * failure does not count (glibc and musl read C11 7.21.6.2p16 so). */
	result = assigned ? assigned : EOF;
done:
	va_end(ap);
	return result;
}
