#ifndef W64_MATH_H
#define W64_MATH_H

/*
 * libm's internals: bit access, error-free transformations ("double-double"
 * arithmetic: a value as an unevaluated sum hi + lo of two doubles), the
 * shared kernels and the generated tables.  docs/libc.md ("libm") describes
 * the methods; every function is in libc/src/math/.
 *
 * The code assumes what wasm guarantees and x86_64's SSE2 also gives: each
 * double and float operation rounds once, to nearest even, with no wider
 * intermediate (FLT_EVAL_METHOD 0) and no fused multiply-add (the libc is
 * built with -ffp-contract=off).  The error-free transformations depend on
 * it.
 */

#include <stdint.h>

#include "w64_f128.h"

#define W64_HIDDEN __attribute__((visibility("hidden")))

/* --- bits ------------------------------------------------------------------ */

static inline uint64_t w64_bits(double x)
{
	union {
		double d;
		uint64_t u;
	} v = {x};
	return v.u;
}

static inline double w64_double(uint64_t u)
{
	union {
		uint64_t u;
		double d;
	} v = {u};
	return v.d;
}

static inline uint32_t w64_bitsf(float x)
{
	union {
		float f;
		uint32_t u;
	} v = {x};
	return v.u;
}

static inline float w64_float(uint32_t u)
{
	union {
		uint32_t u;
		float f;
	} v = {u};
	return v.f;
}

/* 2^k for -1022 <= k <= 1023, exactly. */
static inline double w64_pow2(int k)
{
	return w64_double((uint64_t)(k + 1023) << 52);
}

/* x × 2^k for any k, rounded once (scalbn's arithmetic). */
W64_HIDDEN double __w64_scale(double x, long k);

/* lgamma and lgamma_r: the sign of Gamma(x) goes to *sign. */
W64_HIDDEN double __w64_lgamma_r(double x, int *sign);

/* --- errno ------------------------------------------------------------------ */

/* Sets errno to e and returns r: `return w64_math_error(HUGE_VAL, ERANGE);`. */
W64_HIDDEN double __w64_math_error(double r, int e);
W64_HIDDEN float __w64_math_errorf(float r, int e);

/*
 * A float function computed in double: rounds r to float (once: r itself
 * has an error below 2^-52 relative, so the float is within 0.5 ulp +
 * 2^-29 ulp).  ERANGE on overflow (r finite, the float infinite) and on an
 * inexact result below FLT_MIN.
 */
W64_HIDDEN float __w64_narrowf(double r);

/* --- double-double ------------------------------------------------------------ */

/* s + e == a + b exactly, s = fl(a + b).  Any a, b. */
static inline double w64_two_sum(double a, double b, double *e)
{
	double s = a + b;
	double bb = s - a;
	*e = (a - (s - bb)) + (b - bb);
	return s;
}

/* The same when |a| >= |b| (or a == 0). */
static inline double w64_fast_two_sum(double a, double b, double *e)
{
	double s = a + b;
	*e = b - (s - a);
	return s;
}

/* Dekker's split: a == hi + lo, each with at most 26 significant bits
 * (|a| < 2^996, so that the scaling cannot overflow). */
static inline double w64_split(double a, double *lo)
{
	double c = 134217729.0 * a; /* 2^27 + 1 */
	double hi = c - (c - a);
	*lo = a - hi;
	return hi;
}

/* p + e == a × b exactly, p = fl(a × b) (no overflow, no underflow). */
static inline double w64_two_prod(double a, double b, double *e)
{
	double p = a * b;
	double al, bl;
	double ah = w64_split(a, &al), bh = w64_split(b, &bl);
	*e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
	return p;
}

/* (hi, lo) × (bh, bl), to about 2^-104 relative. */
static inline double w64_dd_mul(double ah, double al, double bh, double bl, double *lo)
{
	double e;
	double p = w64_two_prod(ah, bh, &e);
	e += ah * bl + al * bh;
	return w64_fast_two_sum(p, e, lo);
}

/* (ah, al) + (bh, bl), to about 2^-104 relative unless they cancel. */
static inline double w64_dd_add(double ah, double al, double bh, double bl, double *lo)
{
	double e;
	double s = w64_two_sum(ah, bh, &e);
	e += al + bl;
	return w64_fast_two_sum(s, e, lo);
}

/* (ah, al) / (bh, bl). */
static inline double w64_dd_div(double ah, double al, double bh, double bl, double *lo)
{
	double q = ah / bh;
	double e;
	double p = w64_two_prod(q, bh, &e);
	double r = ((ah - p) - e + al - q * bl) / bh;
	return w64_fast_two_sum(q, r, lo);
}

/* sqrt(ah + al), ah > 0. */
static inline double w64_dd_sqrt(double ah, double al, double *lo)
{
	double s = __builtin_sqrt(ah);
	double e;
	double p = w64_two_prod(s, s, &e);
	double r = ((ah - p) - e + al) / (2 * s);
	return w64_fast_two_sum(s, r, lo);
}

/* --- kernels ------------------------------------------------------------------ */

#define W64_EXP_N 128

/*
 * exp(x + xlo) = (hi + lo) × 2^k, 1/sqrt2 < hi + lo < sqrt2 roughly, to
 * about 2^-64 relative; |x| < 1000 (callers handle the rest).
 */
W64_HIDDEN double __w64_exp_core(double x, double xlo, int *k, double *lo);

/* exp(x + xlo) - 1 as hi + lo (|x| < 750), relative error about 2^-63. */
W64_HIDDEN double __w64_expm1_dd(double x, double xlo, double *lo);

/* log(x + xlo) as hi + lo for x > 0 finite (xlo tiny against x), absolute
 * error about 2^-67 (relative near x = 1). */
W64_HIDDEN double __w64_log_dd(double x, double xlo, double *lo);

/* atan(x + xlo) as hi + lo, x >= 0 (any size). */
W64_HIDDEN double __w64_atan_dd(double x, double xlo, double *lo);

/* x - n pi/2 = y[0] + y[1], |y| <= pi/4 (a little more for huge x);
 * returns n mod 4 (Cody-Waite for |x| < 2^28, Payne-Hanek above). */
W64_HIDDEN int __w64_rem_pio2(double x, double *y);

/* sin and cos of hi + lo, |hi| <= pi/4 + a little, as hi + lo. */
W64_HIDDEN double __w64_sin_dd(double x, double xlo, double *lo);
W64_HIDDEN double __w64_cos_dd(double x, double xlo, double *lo);

/* lgamma(x) as hi + lo for x > 0 finite (absolute error about 2^-62,
 * relative near the zeros 1 and 2). */
W64_HIDDEN double __w64_lgamma_pos_dd(double x, double *lo);

/* lgamma(x) as hi + lo for x < 0 not an integer, |x| < 2^52; *sign gets
 * the sign of Gamma(x). */
W64_HIDDEN double __w64_lgamma_neg_dd(double x, double *lo, int *sign);

/* sin(pi x) as hi + lo, any finite x (exact argument reduction). */
W64_HIDDEN double __w64_sinpi_dd(double x, double *lo);

/* erfc(x) = (hi + lo) 2^k for 0.5 <= x < 28 (relative error about 2^-58). */
W64_HIDDEN double __w64_erfc_pos_dd(double x, int *k, double *lo);

/* erf(x) as hi + lo for |x| < 1/2 (relative error about 2^-60). */
W64_HIDDEN double __w64_erf_small_dd(double x, double *lo);

/* fmod (nearest 0) and remainder/remquo (nearest 1), exact; *quo (when
 * not NULL) gets the quotient's low 31 bits with its sign. */
W64_HIDDEN double __w64_remquo(double x, double y, int *quo, int nearest);

/* Bessel functions (libc/src/math/__w64_bessel.c).  J0, J1, Y0 and Y1
 * of x > 0 finite as hi + lo; kind 0 is J, 1 is Y. */
W64_HIDDEN double __w64_bessel01(int kind, int order, double x, double *lo);
/* y0 and y1 (order 0, 1), special cases and errno included. */
W64_HIDDEN double __w64_bessel_y(int order, double x);
/* Jn and Yn for n >= 2 and x > 0 finite, as hi + lo (overflow: +-inf). */
W64_HIDDEN double __w64_besseljn(long n, double x, double *lo);
W64_HIDDEN double __w64_besselyn(long n, double x, double *lo);

/* Taylor pieces about the zeros below W64_BESSEL_ASYM_MIN
 * (__w64_bessel_tables.c, from scripts/gen-bessel-tables.py): for
 * a <= x < b, f(x) = d (b0 + b1 d + ...) with d = x - (z[0] + z[1] +
 * z[2]); b0 .. b(ndd-1) are __w64_bessel_dd[dd ..] (hi, lo), the next nd
 * are __w64_bessel_d[d ..]. */
#define W64_BESSEL_SERIES_MAX 12
#define W64_BESSEL_ASYM_MIN 40
struct w64_bessel_piece {
	double a, b, z[3];
	unsigned short dd, d;
	unsigned char ndd, nd;
};
struct w64_bessel_pieces {
	int count;
	struct w64_bessel_piece piece[14];
};
/* J0, J1, Y0, Y1 */
W64_HIDDEN extern const struct w64_bessel_pieces __w64_bessel_pieces[4];
W64_HIDDEN extern const double __w64_bessel_dd[][2];
W64_HIDDEN extern const double __w64_bessel_d[];
W64_HIDDEN extern const double __w64_bessel_euler[2], __w64_bessel_two_over_pi[2],
	__w64_bessel_sqrt_two_over_pi[2], __w64_bessel_pi_4[2];

/* --- binary128 (long double on wasm64) ------------------------------------------ */

/*
 * Each long double function fooL is a wrapper around a hidden binary128
 * function __w64_fooq on w64_f128 (long double itself on wasm64, x86's
 * __float128 in the native test build, where long double is x87's and
 * the tests call __w64_fooq directly).
 */
typedef unsigned __int128 w64_u128q;

static inline w64_u128q w64_bitsq(w64_f128 x)
{
	union {
		w64_f128 f;
		w64_u128q u;
	} v = {x};
	return v.u;
}

static inline w64_f128 w64_quad(w64_u128q u)
{
	union {
		w64_u128q u;
		w64_f128 f;
	} v = {u};
	return v.f;
}

#define W64_Q_SIGN ((w64_u128q)1 << 127)
#define W64_Q_MANT (((w64_u128q)1 << 112) - 1)
/* The biased exponent field of x. */
static inline int w64_expq(w64_f128 x)
{
	return (int)(w64_bitsq(x) >> 112) & 0x7fff;
}

static inline int w64_isnanq(w64_f128 x)
{
	return (w64_bitsq(x) & ~W64_Q_SIGN) > (w64_u128q)0x7fff << 112;
}

static inline int w64_isinfq(w64_f128 x)
{
	return (w64_bitsq(x) & ~W64_Q_SIGN) == (w64_u128q)0x7fff << 112;
}

static inline w64_f128 w64_fabsq(w64_f128 x)
{
	return w64_quad(w64_bitsq(x) & ~W64_Q_SIGN);
}

static inline w64_f128 w64_copysignq(w64_f128 x, w64_f128 y)
{
	return w64_quad((w64_bitsq(x) & ~W64_Q_SIGN) | (w64_bitsq(y) & W64_Q_SIGN));
}

/* A binary128 constant (long double's suffix on wasm64, __float128's natively). */
#if defined(__wasm64__)
#define W64_QC(c) c##L
#else
#define W64_QC(c) c##Q
#endif

/* Error-free transformations in binary128, as the double ones above
 * (Dekker's split by 2^57 + 1; no overflow, no underflow). */
static inline w64_f128 w64_q_two_sum(w64_f128 a, w64_f128 b, w64_f128 *e)
{
	w64_f128 s = a + b;
	w64_f128 bb = s - a;
	*e = (a - (s - bb)) + (b - bb);
	return s;
}

static inline w64_f128 w64_q_fast_two_sum(w64_f128 a, w64_f128 b, w64_f128 *e)
{
	w64_f128 s = a + b;
	*e = b - (s - a);
	return s;
}

static inline w64_f128 w64_q_split(w64_f128 a, w64_f128 *lo)
{
	w64_f128 c = W64_QC(144115188075855873.0) * a; /* 2^57 + 1 */
	w64_f128 hi = c - (c - a);
	*lo = a - hi;
	return hi;
}

static inline w64_f128 w64_q_two_prod(w64_f128 a, w64_f128 b, w64_f128 *e)
{
	w64_f128 p = a * b;
	w64_f128 al, bl;
	w64_f128 ah = w64_q_split(a, &al), bh = w64_q_split(b, &bl);
	*e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
	return p;
}

#define W64_Q_INF (w64_quad((w64_u128q)0x7fff << 112))
#define W64_Q_NAN (w64_quad((w64_u128q)0xffff << 111))

W64_HIDDEN w64_f128 __w64_math_errorq(w64_f128 r, int e);

/* x 2^k rounded once (any k). */
W64_HIDDEN w64_f128 __w64_scaleq(w64_f128 x, long k);
/* trunc and round-half-even to an integer, exact. */
W64_HIDDEN w64_f128 __w64_truncq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_rintq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_roundq(w64_f128 x);
W64_HIDDEN long __w64_lroundq(w64_f128 x);
W64_HIDDEN long __w64_lrintq(w64_f128 x);
/* x = m 2^e, 0.5 <= |m| < 1 (x finite, nonzero). */
W64_HIDDEN w64_f128 __w64_frexpq(w64_f128 x, int *e);
W64_HIDDEN w64_f128 __w64_sqrtq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_atan2q(w64_f128 y, w64_f128 x);
W64_HIDDEN w64_f128 __w64_expm1q(w64_f128 x);
W64_HIDDEN w64_f128 __w64_scalbnq(w64_f128 x, int n);
W64_HIDDEN w64_f128 __w64_nextafterq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_remquoq_k(w64_f128 x, w64_f128 y, int *quo, int nearest);

/* The binary128 function behind each long double one (fooL returns
 * __w64_fooq); hidden, like every __w64_ name. */
W64_HIDDEN w64_f128 __w64_acoshq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_acosq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_asinhq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_asinq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_atanhq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_atanq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_cbrtq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_ceilq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_copysignq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_coshq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_cosq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_erfcq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_erfq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_exp2q(w64_f128 x);
W64_HIDDEN w64_f128 __w64_expq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_fabsq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_fdimq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_floorq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_fmaq(w64_f128 x, w64_f128 y, w64_f128 z);
W64_HIDDEN w64_f128 __w64_fmaxq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_fminq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_fmodq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_hypotq(w64_f128 x, w64_f128 y);
W64_HIDDEN int __w64_ilogbq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_lgammaq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_lgammaq_r(w64_f128 x, int *sign); /* sign of Gamma in *sign */
W64_HIDDEN w64_f128 __w64_exp10q(w64_f128 x);
W64_HIDDEN w64_f128 __w64_log10q(w64_f128 x);
W64_HIDDEN w64_f128 __w64_log1pq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_log2q(w64_f128 x);
W64_HIDDEN w64_f128 __w64_logbq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_logq(w64_f128 x);
W64_HIDDEN long __w64_lrintq(w64_f128 x);
W64_HIDDEN long __w64_lroundq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_modfq(w64_f128 x, w64_f128 *ip);
W64_HIDDEN w64_f128 __w64_nearbyintq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_powq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_remainderq(w64_f128 x, w64_f128 y);
W64_HIDDEN w64_f128 __w64_remquoq(w64_f128 x, w64_f128 y, int *quo);
W64_HIDDEN w64_f128 __w64_sinhq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_sinq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_tanhq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_tanq(w64_f128 x);
W64_HIDDEN w64_f128 __w64_tgammaq(w64_f128 x);

/* Cores on finite arguments in range (callers handle the special cases). */
W64_HIDDEN w64_f128 __w64_expq_core(w64_f128 x, w64_f128 xlo, long extra); /* e^(x + xlo) 2^extra */
W64_HIDDEN w64_f128 __w64_expq_parts(w64_f128 x, w64_f128 xlo, long *k, w64_f128 *slo);
W64_HIDDEN w64_f128 __w64_expq_half(w64_f128 x, w64_f128 *lo); /* e^x / 2 */
W64_HIDDEN w64_f128 __w64_expm1q_dd(w64_f128 x, w64_f128 *lo);   /* |x| < 11357 */
W64_HIDDEN w64_f128 __w64_logq_core(w64_f128 x, w64_f128 *lo); /* x > 0 normal or subnormal */
W64_HIDDEN w64_f128 __w64_log1pq_core(w64_f128 x);              /* x > -1 */
W64_HIDDEN w64_f128 __w64_logq_times(w64_f128 x, w64_f128 c_hi, w64_f128 c_lo);
W64_HIDDEN w64_f128 __w64_log1pq_dd(w64_f128 x, w64_f128 xlo);
W64_HIDDEN w64_f128 __w64_logq_dd(w64_f128 x, w64_f128 xlo);
W64_HIDDEN w64_f128 __w64_atanhq_small(w64_f128 x, w64_f128 *lo); /* |x| <= 0.172 */
/* sqrt(x + xlo) as hi + lo */
static inline w64_f128 w64_q_sqrt_dd(w64_f128 x, w64_f128 xlo, w64_f128 *lo)
{
	w64_f128 s = __w64_sqrtq(x);
	w64_f128 e;
	w64_f128 p = w64_q_two_prod(s, s, &e);
	*lo = ((x - p) - e + xlo) / (2 * s);
	return s;
}
W64_HIDDEN int __w64_rem_pio2q(w64_f128 x, w64_f128 *y);      /* y[0] + y[1] */
W64_HIDDEN w64_f128 __w64_sinq_k(w64_f128 x, w64_f128 xlo, w64_f128 *lo); /* |x| <= pi/4 */
W64_HIDDEN w64_f128 __w64_cosq_k(w64_f128 x, w64_f128 xlo, w64_f128 *lo);
W64_HIDDEN w64_f128 __w64_erfq_small(w64_f128 x, w64_f128 *lo);     /* |x| <= 1 */
W64_HIDDEN w64_f128 __w64_erfcq_big(w64_f128 x);                     /* x >= 1/2 */
W64_HIDDEN w64_f128 __w64_lgammaq_pos(w64_f128 x, w64_f128 *lo);    /* x > 0 */
W64_HIDDEN w64_f128 __w64_lgammaq_neg(w64_f128 x, w64_f128 *lo, int *sign);
/* sqrt((1 - a)(1 + a)) as hi + lo, 0 <= a < 1 */
W64_HIDDEN w64_f128 __w64_asinq_cofactor(w64_f128 a, w64_f128 *lo);
/* atan((n + nl) / (d + dl)) as hi + lo, n >= 0, d > 0 */
W64_HIDDEN w64_f128 __w64_atanq_ratio(w64_f128 n, w64_f128 nl, w64_f128 d, w64_f128 dl, w64_f128 *lo);
W64_HIDDEN w64_f128 __w64_atanq_k(w64_f128 x, w64_f128 *lo);     /* x >= 0, hi + lo */

/* --- tables (libc/src/math/__w64_math_tables.c, generated) --------------------- */

W64_HIDDEN extern const double __w64_exp2_table[2 * W64_EXP_N];
W64_HIDDEN extern const double __w64_log_table[2 * 97];
W64_HIDDEN extern const double __w64_atan_table[2 * 65];
W64_HIDDEN extern const uint32_t __w64_two_over_pi[540];
W64_HIDDEN extern const unsigned short __w64_erfcx_off[65];
W64_HIDDEN extern const double __w64_erfcx_coef[];
W64_HIDDEN extern const double __w64_erf_poly[22];
W64_HIDDEN extern const unsigned short __w64_lgamma_off[13];
W64_HIDDEN extern const double __w64_lgamma_coef[];

/* libc/src/math/__w64_lgammaq_zeros.c (generated by
 * scripts/gen-lgammaq-zeros.py): lgamma's zeros z = -m + e below -2, one
 * on each side of the poles -3 .. -30 and one left of -2, from -2.457 down,
 * and lgamma(z + d) = d (a1 + a2 d + a3 d^2 + ...) - log1p(d / e) for
 * |d| <= width; a1.. are coef[first .. first + count - 1] as hi, lo. */
#define W64_LGAMMAQ_LAST_POLE 30
#define W64_LGAMMAQ_ZEROS (2 * W64_LGAMMAQ_LAST_POLE - 3)
struct w64_lgammaq_zero {
	w64_f128 e_hi, e_lo, width;
	unsigned short first, count;
};
W64_HIDDEN extern const struct w64_lgammaq_zero __w64_lgammaq_zeros[W64_LGAMMAQ_ZEROS];
W64_HIDDEN extern const w64_f128 __w64_lgammaq_zero_coef[][2];

#undef W64_HIDDEN

#endif
