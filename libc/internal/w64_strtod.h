#ifndef W64_STRTOD_H
#define W64_STRTOD_H

/*
 * The parser and correctly rounded conversion behind strtod, strtof,
 * strtold and atof (libc/src/stdlib/__w64_strtofp.c; the method is in
 * docs/libc.md, "strtod").  One engine serves every binary format up to
 * 113 bits of mantissa: float, double, IEEE binary128 (wasm64's long
 * double) and, in the native test build, x87's 80-bit long double.
 * Rounding is to nearest, ties to even (the only mode wasm has).
 */

#include <stdint.h>

typedef unsigned __int128 w64_u128;

/* A binary format: `prec` mantissa bits counting the leading one (24, 53,
 * 64, 113); normal numbers are m × 2^e with 2^emin <= |x| < 2^(emax+1). */
struct __w64_fpfmt {
	int prec;
	int emin;
	int emax;
};

enum {
	W64_FPV_NONE,   /* no conversion: *end == s, the value is +0 */
	W64_FPV_ZERO,
	W64_FPV_FINITE,
	W64_FPV_INF,
	W64_FPV_NAN,
};

struct __w64_fpval {
	int kind;
	int neg;
	/* FINITE: the value is mant × 2^exp with mant < 2^prec; mant <
	 * 2^(prec-1) (a subnormal) only at the least exponent, emin-prec+1. */
	int exp;
	w64_u128 mant;
	/* NAN: "nan(n-char-sequence)" whose sequence is a whole number in
	 * strtoull's base-0 syntax gives that number as a payload, as glibc
	 * does; the caller keeps the bits below the quiet bit. */
	int has_payload;
	unsigned long long payload;
	/* Overflow (the value is ±inf), or a result that is tiny after
	 * rounding and inexact: errno becomes ERANGE, as with glibc. */
	int erange;
};

/* Parses s as C11 7.22.1.3 describes; *end (when end is not NULL) points
 * after the longest valid prefix, or at s when there is none.  Returns
 * v->kind. */
__attribute__((visibility("hidden"))) int __w64_strtofp(const char *s, char **end,
							const struct __w64_fpfmt *fmt,
							struct __w64_fpval *v);

#endif
