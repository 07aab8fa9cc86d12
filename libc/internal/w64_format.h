/*
 * The printf engine, shared by the whole printf family.
 *
 * __w64_vformat parses the format and sends the output, in pieces, to a
 * sink: a FILE, a bounded buffer (snprintf), a growing buffer (asprintf)
 * or a file descriptor (dprintf).  Floating-point conversions go through
 * __w64_format_fp, which takes the number already taken apart (struct
 * __w64_fp) so that any binary format — double, x87 80-bit long double
 * on the host, IEEE binary128 long double on wasm64 — goes through the
 * same exact conversion.
 */
#ifndef W64_FORMAT_H
#define W64_FORMAT_H

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define W64_HIDDEN __attribute__((visibility("hidden")))

struct __w64_sink {
	/* Takes n bytes; 0, or -1 with errno set, which ends the output. */
	int (*write)(struct __w64_sink *s, const char *p, size_t n);
	size_t count; /* bytes sent so far (the printf return value) */
	/* The wide printf family: the format and the output are wide
	 * characters in the encoding of w64_wide.h (each piece written is
	 * whole characters), count counts characters, and %c %s %lc %ls
	 * produce wide characters, width and precision counting them. */
	int wide;
};

/* Flags of a conversion specification. */
#define W64_FMT_MINUS 0x01 /* '-' left-justify */
#define W64_FMT_PLUS 0x02  /* '+' */
#define W64_FMT_SPACE 0x04 /* ' ' */
#define W64_FMT_ALT 0x08   /* '#' */
#define W64_FMT_ZERO 0x10  /* '0' */

struct __w64_spec {
	unsigned flags;
	int width;  /* 0 when absent */
	int prec;   /* -1 when absent */
	char conv;  /* the conversion character */
};

enum { W64_FP_ZERO, W64_FP_FINITE, W64_FP_INF, W64_FP_NAN };

/*
 * A floating-point value taken apart: for W64_FP_FINITE (and ZERO, with
 * mant 0) the value is (-1)^neg × mant × 2^exp, mant < 2^mant_bits, where
 * mant_bits is the format's precision (53, 64 or 113).  Subnormals keep
 * the format's minimum exponent and a mantissa below 2^(mant_bits-1), as
 * in the encoding, which is what %a prints.
 */
struct __w64_fp {
	int neg;
	int kind;
	int mant_bits;
	int exp;
	uint64_t mant_hi, mant_lo;
};

/* Sends bytes to the sink, failing with EOVERFLOW before the total
 * would pass INT_MAX (printf's return value could not say it). */
W64_HIDDEN int __w64_emit(struct __w64_sink *s, const char *p, size_t n);
/* Sends n copies of c. */
W64_HIDDEN int __w64_emit_fill(struct __w64_sink *s, char c, size_t n);

/* Formats one %f %F %e %E %g %G %a or %A conversion.  0 or -1. */
W64_HIDDEN int __w64_format_fp(struct __w64_sink *s, const struct __w64_fp *v,
			       const struct __w64_spec *spec);

/* The whole format: the byte count (<= INT_MAX), or -1 with errno set. */
W64_HIDDEN int __w64_vformat(struct __w64_sink *s, const char *fmt, va_list ap);

#undef W64_HIDDEN

#endif
