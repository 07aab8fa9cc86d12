/*
 * The printf engine: C11 7.21.6.1, every conversion, flag and length
 * modifier.  Literal text goes to the sink in runs, each conversion as a
 * few pieces; nothing is assembled in a buffer of fixed size, so widths
 * and precisions up to INT_MAX work (the total is capped at INT_MAX:
 * printf returns an int).
 *
 * Choices where C leaves the implementation free, made as glibc makes
 * them so that output compares equal: %p prints "0x" and hex digits, or
 * "(nil)" for NULL; %s of NULL prints "(null)"; a NaN with the sign bit
 * prints "-nan"; an unknown conversion is copied out as written.  %m
 * (glibc's extension, also musl's) prints strerror(errno).
 * %lc and %ls convert with wcrtomb, in LC_CTYPE's encoding: in "C" they
 * write characters below 0x80 and fail with EILSEQ on any other (as
 * glibc does there), in "C.UTF-8" they write UTF-8.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#define __need_wint_t
#include <stddef.h>

#include "w64_errno.h"
#include "w64_format.h"
#include "w64_wide.h"

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

static void fp_from_double(struct __w64_fp *v, double d)
{
	uint64_t bits;
	memcpy(&bits, &d, sizeof bits);
	unsigned be = (unsigned)(bits >> 52) & 0x7ff;
	uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);

	v->neg = (int)(bits >> 63);
	v->mant_bits = 53;
	v->mant_hi = 0;
	if (be == 0x7ff) {
		v->kind = frac ? W64_FP_NAN : W64_FP_INF;
		return;
	}
	v->kind = (be == 0 && frac == 0) ? W64_FP_ZERO : W64_FP_FINITE;
	v->mant_lo = be ? frac | UINT64_C(1) << 52 : frac;
	v->exp = (be ? (int)be : 1) - 1075;
}

static void fp_from_long_double(struct __w64_fp *v, long double x)
{
#if LDBL_MANT_DIG == 113
	/* IEEE binary128 (wasm64): 1 sign, 15 exponent, 112 fraction bits. */
	uint64_t w[2];
	memcpy(w, &x, sizeof w);
	uint64_t lo = w[0], hi = w[1];
	unsigned be = (unsigned)(hi >> 48) & 0x7fff;
	uint64_t frac_hi = hi & ((UINT64_C(1) << 48) - 1);

	v->neg = (int)(hi >> 63);
	v->mant_bits = 113;
	if (be == 0x7fff) {
		v->kind = (frac_hi | lo) ? W64_FP_NAN : W64_FP_INF;
		return;
	}
	v->kind = (be == 0 && (frac_hi | lo) == 0) ? W64_FP_ZERO : W64_FP_FINITE;
	v->mant_hi = be ? frac_hi | UINT64_C(1) << 48 : frac_hi;
	v->mant_lo = lo;
	v->exp = (be ? (int)be : 1) - 16383 - 112;
#elif LDBL_MANT_DIG == 64
	/* x87 extended (the host-side tests on x86_64): 64-bit mantissa with
	 * an explicit integer bit, then 1 sign and 15 exponent bits. */
	uint64_t mant;
	uint16_t se;
	memcpy(&mant, &x, sizeof mant);
	memcpy(&se, (const char *)&x + 8, sizeof se);
	unsigned be = se & 0x7fffu;

	v->neg = se >> 15;
	v->mant_bits = 64;
	v->mant_hi = 0;
	if (be == 0x7fff) {
		v->kind = (mant << 1) ? W64_FP_NAN : W64_FP_INF;
		return;
	}
	v->kind = mant == 0 ? W64_FP_ZERO : W64_FP_FINITE;
	v->mant_lo = mant;
	v->exp = (be ? (int)be : 1) - 16383 - 63;
#elif LDBL_MANT_DIG == 53
	fp_from_double(v, (double)x);
#else
#error "unsupported long double format"
#endif
}

/* Reads a decimal number (width or precision); -1 if it passes INT_MAX. */
static int read_int(const char **pp)
{
	const char *p = *pp;
	int v = 0;

	while (*p >= '0' && *p <= '9') {
		int d = *p++ - '0';
		if (v > (INT_MAX - d) / 10)
			v = -1;
		if (v >= 0)
			v = v * 10 + d;
	}
	*pp = p;
	return v;
}

static int pad_spaces(struct __w64_sink *s, const struct __w64_spec *sp, size_t len, int left)
{
	if ((size_t)sp->width <= len || ((sp->flags & W64_FMT_MINUS) != 0) != left)
		return 0;
	return __w64_emit_fill(s, ' ', (size_t)sp->width - len);
}

/* Bytes, padded to the width (%c, %s, "(nil)"). */
static int put_text(struct __w64_sink *s, const struct __w64_spec *sp, const char *p, size_t n)
{
	if (pad_spaces(s, sp, n, 0) != 0 || __w64_emit(s, p, n) != 0)
		return -1;
	return pad_spaces(s, sp, n, 1);
}

/* d i o u x X p: [spaces][sign or 0x][zeros][digits][spaces]. */
static int put_integer(struct __w64_sink *s, const struct __w64_spec *sp, uintmax_t v, int neg)
{
	char digits[3 * sizeof(uintmax_t) + 1];
	size_t nd = 0;
	char conv = sp->conv;
	unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
	const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";

	for (uintmax_t t = v; t != 0; t /= base)
		digits[nd++] = set[t % base];

	char prefix[3]; /* sign, then 0x */
	size_t np = 0;
	if (conv == 'd' || conv == 'i' || conv == 'p') {
		if (neg)
			prefix[np++] = '-';
		else if (sp->flags & W64_FMT_PLUS)
			prefix[np++] = '+';
		else if (sp->flags & W64_FMT_SPACE)
			prefix[np++] = ' ';
	}
	if (((sp->flags & W64_FMT_ALT) && v != 0 && (conv == 'x' || conv == 'X')) || conv == 'p') {
		prefix[np++] = '0';
		prefix[np++] = conv == 'X' ? 'X' : 'x';
	}

	/* The precision is the minimum number of digits; with it, '0' is
	 * ignored.  Value 0 at precision 0 has no digits at all. */
	size_t zeros = 0;
	if (sp->prec >= 0) {
		if ((size_t)sp->prec > nd)
			zeros = (size_t)sp->prec - nd;
	} else if (nd == 0) {
		zeros = 1;
	}
	/* '#' with o: the first digit must be a 0 (digits never start with
	 * one, so a 0 is needed unless the precision already gave one). */
	if (conv == 'o' && (sp->flags & W64_FMT_ALT) && zeros == 0)
		zeros = 1;
	size_t len = np + zeros + nd;
	if (sp->prec < 0 && (sp->flags & W64_FMT_ZERO) && !(sp->flags & W64_FMT_MINUS) &&
	    (size_t)sp->width > len) {
		zeros += (size_t)sp->width - len;
		len = (size_t)sp->width;
	}

	if (pad_spaces(s, sp, len, 0) != 0 || __w64_emit(s, prefix, np) != 0 ||
	    __w64_emit_fill(s, '0', zeros) != 0)
		return -1;
	char text[sizeof digits]; /* the digits were made least significant first */
	for (size_t i = 0; i < nd; i++)
		text[i] = digits[nd - 1 - i];
	if (__w64_emit(s, text, nd) != 0)
		return -1;
	return pad_spaces(s, sp, len, 1);
}

/* A wide character as its multibyte bytes (LC_CTYPE's encoding); the
 * count, or -1 with EILSEQ. */
static int wide_to_bytes(wchar_t wc, char out[4])
{
	size_t n = wcrtomb(out, wc, NULL);
	return n == (size_t)-1 ? -1 : (int)n;
}

static int put_wide_string(struct __w64_sink *s, const struct __w64_spec *sp, const wchar_t *ws)
{
	size_t n = 0, bytes = 0;
	char mb[4];

	/* Count first (the width needs the length), converting as we go so
	 * an unconvertible character fails before anything is written.  The
	 * precision counts bytes, and no character is cut in two. */
	for (; ws[n] != 0; n++) {
		int len = wide_to_bytes(ws[n], mb);
		if (len < 0)
			return -1;
		if (sp->prec >= 0 && (size_t)len > (size_t)sp->prec - bytes)
			break;
		bytes += (size_t)len;
	}
	if (pad_spaces(s, sp, bytes, 0) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		int len = wide_to_bytes(ws[i], mb);
		if (__w64_emit(s, mb, (size_t)len) != 0)
			return -1;
	}
	return pad_spaces(s, sp, bytes, 1);
}

/*
 * The wide family's %c %lc %s %ls (C11 7.29.2.1): the next character of
 * a multibyte string (converted with mbrtowc in the current locale) or of
 * a wide one.  1 with *c, 0 at its end, -1 with EILSEQ.
 */
static int next_char(const char **mb, const wchar_t **wide, mbstate_t *st, uint32_t *c)
{
	if (*wide != NULL) {
		if (**wide == 0)
			return 0;
		*c = (uint32_t)*(*wide)++;
		return 1;
	}
	wchar_t wc;
	size_t r = mbrtowc(&wc, *mb, 4, st);
	if (r == (size_t)-1 || r == (size_t)-2)
		return __w64_set_errno(EILSEQ);
	if (r == 0)
		return 0;
	*mb += r;
	*c = (uint32_t)wc;
	return 1;
}

/* A string as wide characters, at most the precision of them, padded
 * to the width in characters.  Converted twice, first to count, so that
 * an invalid one fails before anything is written. */
static int put_wide_text(struct __w64_sink *s, const struct __w64_spec *sp, const char *mb,
			 const wchar_t *wide)
{
	size_t max = sp->prec < 0 ? (size_t)-1 : (size_t)sp->prec, n = 0;
	const char *m = mb;
	const wchar_t *w = wide;
	mbstate_t st = {0};
	uint32_t c;
	int r;
	while (n < max && (r = next_char(&m, &w, &st, &c)) != 0) {
		if (r < 0)
			return -1;
		n++;
	}
	if (pad_spaces(s, sp, n, 0) != 0)
		return -1;
	st = (mbstate_t){0};
	for (size_t i = 0; i < n; i++) {
		char enc[W64_WENC_MAX];
		next_char(&mb, &wide, &st, &c);
		if (__w64_emit(s, enc, __w64_wenc(enc, c)) != 0)
			return -1;
	}
	return pad_spaces(s, sp, n, 1);
}

/* wprintf's %c (a byte, through btowc) and %lc (a wide character). */
static int put_wide_char(struct __w64_sink *s, const struct __w64_spec *sp, wint_t wc, int is_wide)
{
	if (!is_wide && (wc = btowc((int)(unsigned char)wc)) == WEOF)
		return __w64_set_errno(EILSEQ);
	char enc[W64_WENC_MAX];
	if (pad_spaces(s, sp, 1, 0) != 0 || __w64_emit(s, enc, __w64_wenc(enc, wc)) != 0)
		return -1;
	return pad_spaces(s, sp, 1, 1);
}

static void store_count(void *p, enum length len, size_t count)
{
	switch (len) {
	case LEN_HH: *(signed char *)p = (signed char)count; break;
	case LEN_H: *(short *)p = (short)count; break;
	case LEN_L: *(long *)p = (long)count; break;
	case LEN_LL: case LEN_BIG_L: *(long long *)p = (long long)count; break;
	case LEN_J: *(intmax_t *)p = (intmax_t)count; break;
	case LEN_Z: *(size_t *)p = count; break;
	case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)count; break;
	default: *(int *)p = (int)count; break;
	}
}

/*
 * Arguments.  Without positions (C11) each conversion takes the next one
 * with va_arg.  With them (POSIX "%n$", "*m$"), a first pass over the
 * format learns every argument's type, the arguments are then fetched in
 * order into an array, and the conversions read from it.  Each argument is
 * held as the widest value of its class: integers as uintmax_t, converted
 * back to the conversion's type where it is used.
 */
enum arg_kind { K_NONE, K_INT, K_LONG, K_LLONG, K_INTMAX, K_SIZE, K_PTRDIFF, K_PTR, K_DOUBLE, K_LDOUBLE };

union arg {
	uintmax_t u; /* integers, sign-extended from their own type */
	void *p;
	double d;
	long double ld;
};

_Static_assert(sizeof(long long) == sizeof(intmax_t) && sizeof(size_t) <= sizeof(uintmax_t),
	       "every integer argument is held whole in a uintmax_t");

/* The highest position "%n$" may name: NL_ARGMAX of this libc's
 * <limits.h> (the host's may differ when the engine is tested there). */
#define POSITIONS_MAX 64
#ifdef __wasm__
_Static_assert(NL_ARGMAX == POSITIONS_MAX, "<limits.h> says how many positions printf takes");
#endif

struct args {
	va_list ap;
	const union arg *pos; /* NULL without positions */
};

/* One conversion specification, parsed. */
struct conv {
	struct __w64_spec sp;
	enum length len;
	int arg;       /* n of "%n$"; 0 for the next argument */
	int width_arg; /* 0: no '*'; -1: '*' (the next argument); m: "*m$" */
	int prec_arg;  /* the same for the precision */
};

static enum arg_kind kind_of(const struct conv *c)
{
	switch (c->sp.conv) {
	case 'd': case 'i': case 'o': case 'u': case 'x': case 'X':
		switch (c->len) {
		case LEN_L: return K_LONG;
		case LEN_LL: case LEN_BIG_L: return K_LLONG;
		case LEN_J: return K_INTMAX;
		case LEN_Z: return K_SIZE;
		case LEN_T: return K_PTRDIFF;
		default: return K_INT;
		}
	case 'c':
		return K_INT; /* int, or wint_t: the same width, promoted */
	case 's': case 'p': case 'n':
		return K_PTR;
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
		return c->len == LEN_BIG_L ? K_LDOUBLE : K_DOUBLE;
	default:
		return K_NONE;
	}
}

static union arg fetch(struct args *a, enum arg_kind k)
{
	union arg v = {.u = 0};
	switch (k) {
	case K_INT: v.u = (uintmax_t)(intmax_t)va_arg(a->ap, int); break;
	case K_LONG: v.u = (uintmax_t)(intmax_t)va_arg(a->ap, long); break;
	case K_LLONG: v.u = (uintmax_t)(intmax_t)va_arg(a->ap, long long); break;
	case K_INTMAX: v.u = (uintmax_t)va_arg(a->ap, intmax_t); break;
	case K_SIZE: v.u = va_arg(a->ap, size_t); break;
	case K_PTRDIFF: v.u = (uintmax_t)(intmax_t)va_arg(a->ap, ptrdiff_t); break;
	case K_PTR: v.p = va_arg(a->ap, void *); break;
	case K_DOUBLE: v.d = va_arg(a->ap, double); break;
	case K_LDOUBLE: v.ld = va_arg(a->ap, long double); break;
	case K_NONE: break;
	}
	return v;
}

/* The argument at position index (1-based), or the next one. */
static union arg take(struct args *a, enum arg_kind k, int index)
{
	return a->pos != NULL ? a->pos[index - 1] : fetch(a, k);
}

/* "n$" at *pp: n (1..POSITIONS_MAX) past the '$'; 0 when there is none;
 * -1 (EINVAL) for a position out of range. */
static int read_position(const char **pp)
{
	const char *q = *pp;
	if (*q < '1' || *q > '9')
		return 0;
	int n = read_int(&q);
	if (*q != '$')
		return 0;
	if (n < 1 || n > POSITIONS_MAX)
		return __w64_set_errno(EINVAL);
	*pp = q + 1;
	return n;
}

/* '*' or "*m$" at *pp: 0 when absent, -1 for '*', m for "*m$";
 * -2 (EINVAL) for a position out of range. */
static int read_star(const char **pp)
{
	if (**pp != '*')
		return 0;
	(*pp)++;
	int m = read_position(pp);
	return m < 0 ? -2 : m == 0 ? -1 : m;
}

/* Parses the specification after a '%'; 0, or -1 with errno set. */
static int parse_conv(const char **pp, struct conv *c)
{
	const char *p = *pp;
	*c = (struct conv){.sp = {.flags = 0, .width = 0, .prec = -1}, .len = LEN_NONE};

	if ((c->arg = read_position(&p)) < 0)
		return -1;
	for (;; p++) {
		unsigned f = *p == '-' ? W64_FMT_MINUS : *p == '+' ? W64_FMT_PLUS
			   : *p == ' ' ? W64_FMT_SPACE : *p == '#' ? W64_FMT_ALT
			   : *p == '0' ? W64_FMT_ZERO : 0;
		if (f == 0)
			break;
		c->sp.flags |= f;
	}
	if ((c->width_arg = read_star(&p)) == -2)
		return -1;
	if (c->width_arg == 0 && (c->sp.width = read_int(&p)) < 0)
		return __w64_set_errno(EOVERFLOW);
	if (*p == '.') {
		p++;
		if ((c->prec_arg = read_star(&p)) == -2)
			return -1;
		if (c->prec_arg == 0 && (c->sp.prec = read_int(&p)) < 0)
			return __w64_set_errno(EOVERFLOW);
	}
	switch (*p) {
	case 'h': c->len = p[1] == 'h' ? (p++, LEN_HH) : LEN_H; p++; break;
	case 'l': c->len = p[1] == 'l' ? (p++, LEN_LL) : LEN_L; p++; break;
	case 'j': c->len = LEN_J; p++; break;
	case 'z': c->len = LEN_Z; p++; break;
	case 't': c->len = LEN_T; p++; break;
	case 'L': c->len = LEN_BIG_L; p++; break;
	}
	c->sp.conv = *p;
	if (*p != '\0')
		p++;
	*pp = p;
	return 0;
}

static const char *next_percent(const char *p)
{
	while (*p != '\0' && *p != '%')
		p++;
	return p;
}

/*
 * A format whose first conversion takes the next argument: 0, or -1
 * (EINVAL) when a later conversion names a position after all.  Most
 * formats have no '$' at all, and are not parsed a second time.
 */
static int no_positions_after(const char *p)
{
	struct conv c;

	if (strchr(p, '$') == NULL)
		return 0;
	for (p = next_percent(p); *p != '\0'; p = next_percent(p)) {
		p++;
		if (parse_conv(&p, &c) != 0)
			return -1;
		if (c.arg > 0 || c.width_arg > 0 || c.prec_arg > 0)
			return __w64_set_errno(EINVAL);
	}
	return 0;
}

/* Records that position n holds an argument of kind k; -1 (EINVAL) when
 * the format gives it two kinds or uses no position. */
static int note_kind(enum arg_kind *kinds, int *max, int n, enum arg_kind k)
{
	if (n <= 0 || (kinds[n - 1] != K_NONE && kinds[n - 1] != k))
		return __w64_set_errno(EINVAL);
	kinds[n - 1] = k;
	if (n > *max)
		*max = n;
	return 0;
}

/*
 * A format whose first conversion has a position: every argument is
 * fetched into pos, in order.  POSIX leaves mixed forms and unused
 * positions undefined; both are refused with EINVAL, since an argument
 * of unknown type cannot be skipped.  1 when positional, 0 when not,
 * -1 with errno set.
 */
static int gather_positions(const char *fmt, struct args *a, union arg *pos)
{
	enum arg_kind kinds[POSITIONS_MAX] = {K_NONE};
	int max = 0, first = 1;
	struct conv c;

	for (const char *p = next_percent(fmt); *p != '\0'; p = next_percent(p)) {
		p++;
		if (parse_conv(&p, &c) != 0)
			return -1;
		enum arg_kind k = kind_of(&c);
		if (first) {
			if (c.arg == 0 && (k != K_NONE || c.width_arg < 0 || c.prec_arg < 0))
				return no_positions_after(p);
			first = k == K_NONE && c.arg == 0;
		}
		if ((c.width_arg != 0 && note_kind(kinds, &max, c.width_arg, K_INT) != 0) ||
		    (c.prec_arg != 0 && note_kind(kinds, &max, c.prec_arg, K_INT) != 0) ||
		    (k != K_NONE && note_kind(kinds, &max, c.arg, k) != 0))
			return -1;
	}
	if (max == 0)
		return 0;
	for (int i = 0; i < max; i++) {
		if (kinds[i] == K_NONE)
			return __w64_set_errno(EINVAL);
		pos[i] = fetch(a, kinds[i]);
	}
	a->pos = pos;
	return 1;
}

/* One conversion, its arguments taken from a; saved_errno is errno as
 * printf was called (for %m). */
static int convert(struct __w64_sink *s, struct conv *c, struct args *a, const char *start,
		   const char *end, int saved_errno)
{
	struct __w64_spec *sp = &c->sp;
	enum length len = c->len;

	if (c->width_arg != 0) {
		int w = (int)take(a, K_INT, c->width_arg).u;
		if (w < 0) {
			/* A negative width is a '-' flag and the width. */
			if (w == INT_MIN)
				return __w64_set_errno(EOVERFLOW);
			sp->flags |= W64_FMT_MINUS;
			w = -w;
		}
		sp->width = w;
	}
	if (c->prec_arg != 0) {
		int pr = (int)take(a, K_INT, c->prec_arg).u;
		sp->prec = pr < 0 ? -1 : pr; /* negative: as if omitted */
	}
	enum arg_kind k = kind_of(c);
	union arg v = k == K_NONE ? (union arg){.u = 0} : take(a, k, c->arg);

	switch (sp->conv) {
	case 'd':
	case 'i': {
		intmax_t n;
		switch (len) {
		case LEN_HH: n = (signed char)v.u; break;
		case LEN_H: n = (short)v.u; break;
		case LEN_NONE: n = (int)v.u; break;
		case LEN_Z: case LEN_T: n = (ptrdiff_t)v.u; break; /* back to 32 bits on wasm32 */
		default: n = (intmax_t)v.u; break; /* long, long long, intmax_t */
		}
		uintmax_t mag = n < 0 ? -(uintmax_t)n : (uintmax_t)n;
		return put_integer(s, sp, mag, n < 0);
	}
	case 'o':
	case 'u':
	case 'x':
	case 'X': {
		uintmax_t n;
		switch (len) {
		case LEN_HH: n = (unsigned char)v.u; break;
		case LEN_H: n = (unsigned short)v.u; break;
		case LEN_NONE: n = (unsigned)v.u; break;
		case LEN_L: n = (unsigned long)v.u; break;
		case LEN_Z: case LEN_T: n = (size_t)v.u; break;
		default: n = v.u; break;
		}
		return put_integer(s, sp, n, 0);
	}
	case 'p':
		if (v.p == NULL)
			return put_text(s, sp, "(nil)", 5);
		return put_integer(s, sp, (uintptr_t)v.p, 0);
	case 'c': {
		if (s->wide)
			return put_wide_char(s, sp, (wint_t)v.u, len == LEN_L);
		char mb[4];
		int n = 1;
		if (len == LEN_L)
			n = wide_to_bytes((wchar_t)(wint_t)v.u, mb);
		else
			mb[0] = (char)(unsigned char)v.u;
		return n < 0 ? -1 : put_text(s, sp, mb, (size_t)n);
	}
	case 's': {
		const char *null_text = sp->prec < 0 || sp->prec >= 6 ? "(null)" : "";
		if (s->wide) {
			if (v.p == NULL)
				return put_wide_text(s, sp, null_text, NULL);
			return put_wide_text(s, sp, len == LEN_L ? NULL : v.p, len == LEN_L ? v.p : NULL);
		}
		if (v.p == NULL)
			return put_text(s, sp, null_text, strlen(null_text));
		if (len == LEN_L)
			return put_wide_string(s, sp, v.p);
		const char *str = v.p;
		return put_text(s, sp, str, sp->prec < 0 ? strlen(str) : strnlen(str, (size_t)sp->prec));
	}
	case 'f':
	case 'F':
	case 'e':
	case 'E':
	case 'g':
	case 'G':
	case 'a':
	case 'A': {
		struct __w64_fp fp;
		if (len == LEN_BIG_L)
			fp_from_long_double(&fp, v.ld);
		else
			fp_from_double(&fp, v.d);
		return __w64_format_fp(s, &fp, sp);
	}
	case 'n':
		store_count(v.p, len, s->count);
		return 0;
	case 'm': { /* glibc's and musl's: the text of errno, as %s */
		const char *text = strerror(saved_errno);
		if (s->wide)
			return put_wide_text(s, sp, text, NULL);
		return put_text(s, sp, text, sp->prec < 0 ? strlen(text) : strnlen(text, (size_t)sp->prec));
	}
	case '%':
		return __w64_emit(s, "%", 1);
	default:
		/* Undefined by C: show the specification as written. */
		return __w64_emit(s, start, (size_t)(end - start));
	}
}

int __w64_vformat(struct __w64_sink *s, const char *fmt, va_list ap_in)
{
	struct args a = {.pos = NULL};
	union arg pos[POSITIONS_MAX];
	int ret = -1, saved_errno = errno;

	va_copy(a.ap, ap_in);
	if (gather_positions(fmt, &a, pos) < 0)
		goto done;
	for (const char *p = fmt;;) {
		const char *lit = p;
		p = next_percent(p);
		if (__w64_emit(s, lit, (size_t)(p - lit)) != 0)
			goto done;
		if (*p == '\0')
			break;
		const char *start = p++;
		struct conv c;
		if (parse_conv(&p, &c) != 0)
			goto done;
		/* In a wide format, an unknown conversion character may be
		 * several bytes: the specification ends after all of them. */
		while (s->wide && ((unsigned char)*p & 0xc0) == 0x80)
			p++;
		if (convert(s, &c, &a, start, p, saved_errno) != 0)
			goto done;
	}
	ret = (int)s->count;
done:
	va_end(a.ap);
	return ret;
}
