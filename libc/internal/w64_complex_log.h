/*
 * clog, csqrt and cpow, written once for the T of the toolkit included
 * before.  Special cases: C11 Annex G (G.6.3.2, G.6.4.2); cpow is
 * cexp(y clog x) there, as in glibc.
 */
#include "w64_complex_tk.h"

void S(__w64_clog)(T x, T y, T *re, T *im)
{
	if (t_isnan(x) || t_isnan(y)) {
		*re = t_isinf(x) || t_isinf(y) ? T_INF : x + y;
		*im = x + y;
		return;
	}
	*im = t_atan2(y, x);
	if (t_isinf(x) || t_isinf(y)) {
		*re = T_INF;
	} else if (x == 0 && y == 0) {
		*re = -1 / t_fabs(x); /* -inf, divide-by-zero */
	} else {
		T lo, hi = log_abs(x, y, &lo);
		*re = hi + lo;
	}
}

/*
 * sqrt(x + iy) = t + i y/(2t), t = sqrt((|x| + |z|)/2) for x >= 0, and
 * |y|/(2t) + i copysign(t, y) for x < 0 (no cancellation either way),
 * all in double-double.  Scaled by an even power of two when |z| could
 * overflow or the squares underflow.
 */
void S(__w64_csqrt)(T x, T y, T *re, T *im)
{
	if (t_isinf(y)) {
		*re = T_INF;
		*im = y;
		return;
	}
	if (t_isnan(x) || t_isnan(y)) {
		if (t_isinf(x) && x > 0) {
			*re = x;
			*im = y + y;
		} else if (t_isinf(x)) {
			*re = y + y;
			*im = x; /* -inf: NaN + i inf with an unspecified sign: glibc's */
			*im = -x;
		} else {
			*re = x + y;
			*im = x + y;
		}
		return;
	}
	if (t_isinf(x)) {
		if (x > 0) {
			*re = x;
			*im = t_copysign(0, y);
		} else {
			*re = 0;
			*im = t_copysign(T_INF, y);
		}
		return;
	}
	if (x == 0 && y == 0) {
		*re = 0;
		*im = y;
		return;
	}
	T a = t_fabs(x), b = t_fabs(y);
	T m = a > b ? a : b;
	int e = 0;
	if (m > T_HUGE || m < T_SQ_MIN) {
		e = (m >= T_MIN ? t_ilogb(m) : t_ilogb(m * t_pow2(T_MANT)) - T_MANT) & ~1;
		a = t_scale(a, -e);
		b = t_scale(b, -e);
	}
	T hl, h = hypot_dd(a, b, &hl);
	h = dd_add(h, hl, a, 0, &hl);
	T tl, t = dd_sqrt(h / 2, hl / 2, &tl);
	/* |y| / (2t 2^(e/2)) from the unscaled |y| (its scaled form may
	 * have lost bits to underflow), itself scaled up when tiny; t is
	 * within [1/2, 2] when e is not 0, so the quotient stays in range */
	T by = t_fabs(y);
	long j = 0;
	if (by != 0) {
		/* into [1, 2) */
		j = by < T_MIN ? T_MANT - t_ilogb(by * t_pow2(T_MANT)) : -t_ilogb(by);
		by = t_scale(by, j);
	}
	T ql, q = dd_div(by, 0, 2 * t, 2 * tl, &ql);
	T big = t_scale(t + tl, e / 2), small = t_scale(q + ql, -e / 2 - j);
	if (x >= 0) {
		*re = big;
		*im = t_copysign(small, y);
	} else {
		*re = small;
		*im = t_copysign(big, y);
	}
}

/*
 * x^y = e^(y log x).  log x in double-double (log|x| + i arg x), times y
 * in double-double, then e^u cis v from double-double u and v.  Where any
 * part is not finite, or x is 0, glibc's plain formula cexp(y * clog(x))
 * with C's complex multiplication (G.5.1's infinities and NaNs).
 */
void S(__w64_cpow)(T x, T y, T u, T v, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y) || !t_isfinite(u) || !t_isfinite(v) || (x == 0 && y == 0)) {
		T lr, li;
		S(__w64_clog)(x, y, &lr, &li);
		__typeof__(__builtin_complex(u, v)) w = __builtin_complex(u, v) * __builtin_complex(lr, li);
		S(__w64_cexp)(__real__ w, __imag__ w, re, im);
		return;
	}
	T big = t_pow2(T_MAX_EXP / 2 - 8);
	if (t_fabs(u) > big || t_fabs(v) > big) {
		/* |w log z| is past every exponent's range or its angle past any
		 * precision: glibc's plain formula, whose products do not
		 * overflow on the way as the error-free ones would */
		T lr, li;
		S(__w64_clog)(x, y, &lr, &li);
		S(__w64_cexp)(u * lr - v * li, u * li + v * lr, re, im);
		return;
	}
	T ll, lh = log_abs(x, y, &ll);
	T al, ah = atan2_dd(t_fabs(y), 0, x, 0, &al);
	if (t_signbit(y))
		ah = -ah, al = -al;
	/* (u + iv)(lh + i ah) */
	T pl, p = dd_mul(u, 0, lh, ll, &pl), ql, q = dd_mul(v, 0, ah, al, &ql);
	T rl, r = dd_add(p, pl, -q, -ql, &rl);
	p = dd_mul(u, 0, ah, al, &pl), q = dd_mul(v, 0, lh, ll, &ql);
	T il, i = dd_add(p, pl, q, ql, &il);
	if (!t_isfinite(r) || !t_isfinite(i)) {
		S(__w64_cexp)(r, i, re, im);
		return;
	}
	T s[2], c[2];
	sincos_dd(i, il, s, c);
	T m = r > 0 ? T_MAX : T_MIN;
	if (t_fabs(r) >= T_EXP_SAT) {
		*re = c[0] * m * m * m;
		*im = s[0] * m * m * m;
		return;
	}
	long k;
	T e[2];
	e[0] = exp_scaled(r, rl, &k, &e[1]);
	*re = mul_scaled(e, c, k);
	*im = mul_scaled(e, s, k);
}
