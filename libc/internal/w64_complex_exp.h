/*
 * cexp, csinh, ccosh and ctanh, written once for the T of the toolkit
 * included before (w64_complex_d.h or w64_complex_q.h).  The special
 * cases are C11 Annex G's (G.6.2.4-6, G.6.3.1), with glibc's choices
 * where it leaves a sign unspecified.
 */
#include "w64_complex_tk.h"

/*
 * (hi + lo) 2^k times cos y and sin y (as hi + lo each), each part rounded
 * once: e^x cis y without a spurious overflow when e^x alone overflows.
 */
static void scaled_cis(T h, T l, long k, const T c[2], const T s[2], T *re, T *im)
{
	const T e[2] = {h, l};
	*re = mul_scaled(e, c, k);
	*im = mul_scaled(e, s, k);
}

/* e^x cis y past T_EXP_SAT: an overflow or an underflow whatever the
 * factor (even the smallest subnormal), signs from cis y. */
static void saturated(T x, T sx, T sy, const T c[2], const T s[2], T *re, T *im)
{
	T m = x > 0 ? T_MAX : T_MIN;
	*re = sx * c[0] * m * m * m;
	*im = sy * s[0] * m * m * m;
}

void S(__w64_cexp)(T x, T y, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y)) {
		if (t_isnan(x)) {
			*re = x + x;
			*im = y == 0 ? y : x + y;
		} else if (t_isinf(x) && x < 0) {
			/* +0 cis y; signs of the zeros from cis y when y is finite */
			if (t_isfinite(y)) {
				*re = t_copysign(0, t_cos(y));
				*im = t_copysign(0, t_sin(y));
			} else {
				*re = 0;
				*im = t_copysign(0, y);
			}
		} else if (t_isinf(x)) {
			if (y == 0) {
				*re = x;
				*im = y;
			} else if (t_isfinite(y)) {
				*re = x * t_cos(y);
				*im = x * t_sin(y);
			} else {
				*re = x;
				*im = y - y;
			}
		} else { /* x finite, y infinite or NaN */
			*re = y - y;
			*im = y - y;
		}
		return;
	}
	if (y == 0) {
		*re = t_exp(x);
		*im = y;
		return;
	}
	T s[2], c[2];
	sincos_dd(y, 0, s, c);
	if (t_fabs(x) >= T_EXP_SAT) {
		saturated(x, 1, 1, c, s, re, im);
		return;
	}
	long k;
	T l, h = exp_scaled(x, 0, &k, &l);
	scaled_cis(h, l, k, c, s, re, im);
}

/* csinh (odd 1) and ccosh (odd 0) of finite x, y: sinh x cos y +
 * i cosh x sin y and cosh x cos y + i sinh x sin y. */
static void sinh_or_cosh(int odd, T x, T y, T *re, T *im)
{
	T s[2], c[2], sh[2], ch[2];
	long k;
	if (y == 0 && t_fabs(x) >= T_EXP_SAT) {
		*re = (odd ? t_copysign(T_MAX, x) : T_MAX) * T_MAX;
		*im = odd ? y : t_copysign(0, x) * y;
		return;
	}
	if (t_fabs(x) >= T_EXP_SAT) {
		sincos_dd(y, 0, s, c);
		T sx = t_copysign(1, x);
		saturated(1, odd ? sx : 1, odd ? 1 : sx, c, s, re, im);
		return;
	}
	sinh_cosh(x, sh, ch, &k);
	if (x < 0)
		sh[0] = -sh[0], sh[1] = -sh[1];
	if (y == 0) {
		*re = round_scaled(odd ? sh[0] : ch[0], odd ? sh[1] : ch[1], k);
		*im = odd ? y : t_copysign(0, x) * y;
		if (odd)
			*im = y;
		return;
	}
	sincos_dd(y, 0, s, c);
	const T *a = odd ? sh : ch, *b = odd ? ch : sh;
	*re = mul_scaled(a, c, k);
	*im = mul_scaled(b, s, k);
}

void S(__w64_csinh)(T x, T y, T *re, T *im)
{
	if (t_isfinite(x) && t_isfinite(y)) {
		if (x == 0 && t_isfinite(y)) {
			/* sinh(+-0) cos y + i cosh(0) sin y, exactly */
			*re = t_copysign(0, x) * (y == 0 ? 1 : t_cos(y));
			*im = t_sin(y);
			return;
		}
		sinh_or_cosh(1, x, y, re, im);
		return;
	}
	if (t_isnan(x)) {
		*re = x + x;
		*im = y == 0 ? y : x + y;
	} else if (t_isinf(x)) {
		if (y == 0) {
			*re = x;
			*im = y;
		} else if (t_isfinite(y)) {
			*re = x * t_cos(y);
			*im = t_fabs(x) * t_sin(y);
		} else { /* the real part's sign is unspecified: glibc's + */
			*re = t_fabs(x);
			*im = y - y;
		}
	} else if (x == 0) { /* y infinite or NaN */
		*re = x;
		*im = y - y;
	} else {
		*re = y - y;
		*im = y - y;
	}
}

void S(__w64_ccosh)(T x, T y, T *re, T *im)
{
	if (t_isfinite(x) && t_isfinite(y)) {
		if (x == 0) {
			*re = y == 0 ? 1 : t_cos(y);
			*im = y == 0 ? x * y : x * t_sin(y);
			return;
		}
		sinh_or_cosh(0, x, y, re, im);
		return;
	}
	if (t_isnan(x)) {
		*re = x + x;
		*im = y == 0 ? t_copysign(0, x) * y : x + y;
		if (y == 0)
			*im = 0 * y;
	} else if (t_isinf(x)) {
		if (y == 0) {
			*re = t_fabs(x);
			*im = t_copysign(0, x) * y;
		} else if (t_isfinite(y)) {
			*re = t_fabs(x) * t_cos(y);
			*im = x * t_sin(y);
		} else {
			*re = t_fabs(x);
			*im = y - y;
		}
	} else if (x == 0) { /* y infinite or NaN */
		*re = y - y;
		*im = x * t_copysign(0, y);
		*im = 0;
	} else {
		*re = y - y;
		*im = y - y;
	}
}

/*
 * ctanh = (sinh x cosh x + i sin y cos y) / (sinh^2 x + cos^2 y): the
 * denominator is cosh^2 x cos^2 y + sinh^2 x sin^2 y rewritten, a sum of
 * two positive terms, so nothing cancels where it is small (x near 0,
 * y near pi/2).  For large |x|, 1 and 4 sin y cos y e^-2|x|.
 */
void S(__w64_ctanh)(T x, T y, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y)) {
		if (t_isinf(x)) {
			*re = t_copysign(1, x);
			*im = t_isfinite(y) ? t_copysign(0, t_sin(2 * y)) : t_copysign(0, y);
		} else if (t_isnan(x)) {
			*re = x + x;
			*im = y == 0 ? y : x + y;
		} else if (x == 0) { /* y infinite or NaN: glibc's +-0 + i NaN */
			*re = x;
			*im = y - y;
		} else {
			*re = y - y;
			*im = y - y;
		}
		return;
	}
	if (x == 0 && y == 0) {
		*re = x;
		*im = y;
		return;
	}
	T s[2], c[2];
	sincos_dd(y, 0, s, c);
	T ax = t_fabs(x);
	if (ax > (T)(T_MANT / 2 + 2)) {
		/* coth|x| = 1 + 2 e^-2|x| rounds to 1 */
		*re = t_copysign(1, x);
		T pl, p = dd_mul(s[0], s[1], c[0], c[1], &pl);
		if (ax >= T_EXP_SAT / 2) {
			*im = s[0] * c[0] * T_MIN * T_MIN;
			return;
		}
		long k;
		T e[2], pp[2] = {p, pl};
		e[0] = exp_scaled(-2 * ax, 0, &k, &e[1]);
		*im = t_copysign(mul_scaled(pp, e, k + 2), s[0] * c[0]);
		return;
	}
	T sh[2], ch[2];
	long k;
	sinh_cosh(x, sh, ch, &k); /* k = 0 here: |x| is small */
	if (x < 0)
		sh[0] = -sh[0], sh[1] = -sh[1];
	sh[0] = t_scale(sh[0], k), sh[1] = t_scale(sh[1], k);
	ch[0] = t_scale(ch[0], k), ch[1] = t_scale(ch[1], k);
	T al, a = dd_mul(sh[0], sh[1], sh[0], sh[1], &al);
	T bl, b = dd_mul(c[0], c[1], c[0], c[1], &bl);
	T dl, d = dd_add(a, al, b, bl, &dl);
	T nl, n = dd_mul(sh[0], sh[1], ch[0], ch[1], &nl);
	n = dd_div(n, nl, d, dl, &nl);
	*re = t_copysign(n + nl, x);
	T ml, m = dd_mul(s[0], s[1], c[0], c[1], &ml);
	m = dd_div(m, ml, d, dl, &ml);
	*im = t_copysign(m + ml, s[0] * c[0]);
}
