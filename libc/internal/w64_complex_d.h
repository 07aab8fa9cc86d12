/*
 * The real toolkit of the complex kernels for T = double (see
 * w64_complex.h): double-double arithmetic and the libm kernels with
 * double-double arguments and results.  Included once, before a kernel
 * template, by each libc/src/complex/__w64_c*_d.c.
 */
#include <math.h>

#include "w64_complex.h"

typedef double T;
#define S(name) name
#define C(c) c
#define T_MANT 53
#define T_MAX_EXP 1024
#define T_MIN_EXP (-1021)
#define T_MAX 0x1.fffffffffffffp1023
#define T_MIN 0x1p-1022
#define T_INF __builtin_inf()
#define T_NAN __builtin_nan("")
/* below this the functions are the identity, or their first two terms
 * (the next is below 2^-56 relative); above, their asymptotic forms */
#define T_TINY 0x1p-28
#define T_HUGE 0x1p28
/* squares of values above this stay normal */
#define T_SQ_MIN 0x1p-500
/* e^x of |x| below this, scaled, is within exp_parts' range */
#define T_EXP_MAX 700.0
/* beyond this e^x times anything finite is an overflow or an underflow */
#define T_EXP_SAT 1500.0

static const T pi_dd[2] = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};
static const T pi_2_dd[2] = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
static const T pi_4_dd[2] = {0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55};
static const T ln2_dd[2] = {0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56};

static inline int t_isnan(T x) { return __builtin_isnan(x); }
static inline int t_isinf(T x) { return __builtin_isinf(x); }
static inline int t_isfinite(T x) { return __builtin_isfinite(x); }
static inline int t_signbit(T x) { return __builtin_signbit(x); }
static inline T t_fabs(T x) { return __builtin_fabs(x); }
static inline T t_copysign(T x, T y) { return __builtin_copysign(x, y); }
static inline T t_scale(T x, long k) { return __w64_scale(x, k); }
static inline int t_ilogb(T x) { return (int)(w64_bits(x) >> 52 & 0x7ff) - 1023; } /* x normal */
static inline T t_pow2(int k) { return w64_pow2(k); }
static inline T t_sqrt(T x) { return __builtin_sqrt(x); }
static inline T t_atan2(T y, T x) { return atan2(y, x); }
static inline T t_hypot(T x, T y) { return hypot(x, y); }
static inline T t_log(T x) { return log(x); }
static inline T t_exp(T x) { return exp(x); }
static inline T t_sin(T x) { return sin(x); }
static inline T t_cos(T x) { return cos(x); }

static inline T two_sum(T a, T b, T *e) { return w64_two_sum(a, b, e); }
static inline T fast_two_sum(T a, T b, T *e) { return w64_fast_two_sum(a, b, e); }
static inline T two_prod(T a, T b, T *e) { return w64_two_prod(a, b, e); }
static inline T dd_add(T ah, T al, T bh, T bl, T *lo) { return w64_dd_add(ah, al, bh, bl, lo); }
static inline T dd_mul(T ah, T al, T bh, T bl, T *lo) { return w64_dd_mul(ah, al, bh, bl, lo); }
static inline T dd_div(T ah, T al, T bh, T bl, T *lo) { return w64_dd_div(ah, al, bh, bl, lo); }
static inline T dd_sqrt(T ah, T al, T *lo) { return w64_dd_sqrt(ah, al, lo); }

/* e^(x + xl) = (hi + lo) 2^k, |x| < T_EXP_MAX + 1 */
static inline T exp_parts(T x, T xl, long *k, T *lo)
{
	int ik;
	T h = __w64_exp_core(x, xl, &ik, lo);
	*k = ik;
	return h;
}

/* e^(x + xl) - 1, |x| < 700 */
static inline T expm1_dd(T x, T xl, T *lo) { return __w64_expm1_dd(x, xl, lo); }

/* log(x + xl), x > 0 finite, xl tiny against x */
static inline T log_dd(T x, T xl, T *lo) { return __w64_log_dd(x, xl, lo); }

/* sin and cos of t + tl, |t| <= pi/4 + a little */
static inline T sin_k(T t, T tl, T *lo) { return __w64_sin_dd(t, tl, lo); }
static inline T cos_k(T t, T tl, T *lo) { return __w64_cos_dd(t, tl, lo); }

/* x - n pi/2 = y[0] + y[1]; n mod 4 */
static inline int rem_pio2(T x, T *y) { return __w64_rem_pio2(x, y); }

/* atan((n + nl) / (d + dl)) for n/d within T_HUGE^2 of 1 (the toolkit
 * wrapper atan_ratio handles the rest) */
static inline T atan_ratio_k(T n, T nl, T d, T dl, T *lo)
{
	T ql, q = dd_div(n, nl, d, dl, &ql);
	return __w64_atan_dd(q, ql, lo);
}
