/*
 * The real toolkit of the complex kernels for T = binary128 (long double
 * on wasm64, __float128 in the native test build): see w64_complex_d.h,
 * which this mirrors with the binary128 kernels of libm.
 */
#include "w64_complex.h"

typedef w64_f128 T;
#define S(name) name##q
#define C(c) W64_QC(c)
#define T_MANT 113
#define T_MAX_EXP 16384
#define T_MIN_EXP (-16381)
#define T_MAX w64_quad(((w64_u128q)0x7ffe << 112) | W64_Q_MANT)
#define T_MIN w64_quad((w64_u128q)1 << 112)
#define T_INF W64_Q_INF
#define T_NAN W64_Q_NAN
#define T_TINY W64_QC(0x1p-60)
#define T_HUGE W64_QC(0x1p60)
#define T_SQ_MIN W64_QC(0x1p-8000)
#define T_EXP_MAX W64_QC(11000.0)
#define T_EXP_SAT W64_QC(23000.0)

static const T pi_dd[2] = {W64_QC(0x1.921fb54442d18469898cc51701b8p+1), W64_QC(0x1.cd129024e088a67cc74020bbea64p-114)};
static const T pi_2_dd[2] = {W64_QC(0x1.921fb54442d18469898cc51701b8p+0), W64_QC(0x1.cd129024e088a67cc74020bbea64p-115)};
static const T pi_4_dd[2] = {W64_QC(0x1.921fb54442d18469898cc51701b8p-1), W64_QC(0x1.cd129024e088a67cc74020bbea64p-116)};
static const T ln2_dd[2] = {W64_QC(0x1.62e42fefa39ef35793c7673007e6p-1), W64_QC(-0x1.2a17e1979b31ace93a4ebe5d148fp-117)};

static inline int t_isnan(T x) { return w64_isnanq(x); }
static inline int t_isinf(T x) { return w64_isinfq(x); }
static inline int t_isfinite(T x) { return w64_expq(x) != 0x7fff; }
static inline int t_signbit(T x) { return (w64_bitsq(x) & W64_Q_SIGN) != 0; }
static inline T t_fabs(T x) { return w64_fabsq(x); }
static inline T t_copysign(T x, T y) { return w64_copysignq(x, y); }
static inline T t_scale(T x, long k) { return __w64_scaleq(x, k); }
static inline int t_ilogb(T x) { return w64_expq(x) - 16383; } /* x normal */
static inline T t_pow2(int k) { return w64_quad((w64_u128q)(k + 16383) << 112); }
static inline T t_sqrt(T x) { return __w64_sqrtq(x); }
static inline T t_atan2(T y, T x) { return __w64_atan2q(y, x); }
static inline T t_hypot(T x, T y) { return __w64_hypotq(x, y); }
static inline T t_log(T x) { return __w64_logq(x); }
static inline T t_exp(T x) { return __w64_expq(x); }
static inline T t_sin(T x) { return __w64_sinq(x); }
static inline T t_cos(T x) { return __w64_cosq(x); }

static inline T two_sum(T a, T b, T *e) { return w64_q_two_sum(a, b, e); }
static inline T fast_two_sum(T a, T b, T *e) { return w64_q_fast_two_sum(a, b, e); }
static inline T two_prod(T a, T b, T *e) { return w64_q_two_prod(a, b, e); }

static inline T dd_mul(T ah, T al, T bh, T bl, T *lo)
{
	T e;
	T p = two_prod(ah, bh, &e);
	e += ah * bl + al * bh;
	return fast_two_sum(p, e, lo);
}

static inline T dd_add(T ah, T al, T bh, T bl, T *lo)
{
	T e;
	T s = two_sum(ah, bh, &e);
	e += al + bl;
	return fast_two_sum(s, e, lo);
}

static inline T dd_div(T ah, T al, T bh, T bl, T *lo)
{
	T q = ah / bh;
	T e;
	T p = two_prod(q, bh, &e);
	T r = ((ah - p) - e + al - q * bl) / bh;
	return fast_two_sum(q, r, lo);
}

static inline T dd_sqrt(T ah, T al, T *lo)
{
	return w64_q_sqrt_dd(ah, al, lo);
}

/* e^(x + xl) = (hi + lo) 2^k */
static inline T exp_parts(T x, T xl, long *k, T *lo)
{
	T sl;
	T s = __w64_expq_parts(x, xl, k, &sl);
	T e;
	T h = fast_two_sum(1, s, &e);
	*lo = e + sl;
	return h;
}

static inline T expm1_dd(T x, T xl, T *lo)
{
	T l;
	T h = __w64_expm1q_dd(x, &l);
	/* e^(x + xl) - 1 = (e^x - 1) + e^x xl */
	return dd_add(h, l, xl * (1 + h), 0, lo);
}

/* log(x + xl): libm's log of x as hi + lo, and xl / x for the rest */
static inline T log_dd(T x, T xl, T *lo)
{
	T l;
	T h = __w64_logq_core(x, &l);
	return dd_add(h, l, xl / x, 0, lo);
}

static inline T sin_k(T t, T tl, T *lo) { return __w64_sinq_k(t, tl, lo); }
static inline T cos_k(T t, T tl, T *lo) { return __w64_cosq_k(t, tl, lo); }
static inline int rem_pio2(T x, T *y) { return __w64_rem_pio2q(x, y); }

/* atan((n + nl) / (d + dl)) for n/d within T_HUGE^2 of 1 (the toolkit
 * wrapper atan_ratio handles the rest) */
static inline T atan_ratio_k(T n, T nl, T d, T dl, T *lo) { return __w64_atanq_ratio(n, nl, d, dl, lo); }
