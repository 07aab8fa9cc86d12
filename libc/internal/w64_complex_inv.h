/*
 * casinh, cacos, cacosh and catanh (casin and catan follow from them),
 * written once for the T of the toolkit included before.  Special cases:
 * C11 Annex G (G.6.2.1-3, G.6.1.1), with glibc's choices where it leaves a
 * sign unspecified.
 */
#include "w64_complex_tk.h"

/* sqrt((a + al)^2 + b^2), the square of a double-double. */
static T hypot2_dd(T a, T al, T b, T *lo)
{
	T sl, s = dd_mul(a, al, a, al, &sl);
	T bl, b2 = two_prod(b, b, &bl);
	s = dd_add(s, sl, b2, bl, &sl);
	return dd_sqrt(s, sl, lo);
}

/*
 * asin and acos of x + iy for x, y >= 0 finite: *re gets asin(B) (or
 * acos(B) when `acos`) and *im acosh(A) >= 0, where A = (|z+1| + |z-1|)/2
 * and B = x/A.  Hull, Fairgrieve and Tang's algorithm (ACM TOMS 23, 1997)
 * for where each of the two is ill-conditioned, in double-double, with
 * their tiny-y and huge-|z| cases; each result rounded once.
 */
static void asin_core(T x, T y, int acos, T *re, T *im)
{
	T rl, r, il, i;
	if (x > T_HUGE || y > T_HUGE) {
		/* asin z = -i log(2iz) + O(1/z^2): arg and log(2|z|) */
		i = log_abs(x, y, &il);
		i = dd_add(i, il, ln2_dd[0], ln2_dd[1], &il);
		*im = i + il;
		*re = acos ? t_atan2(y, x) : t_atan2(x, y);
		return;
	}
	if (x < T_TINY && y < T_TINY) {
		/* asin z = z + z^3/6 ..., the second term below 2^-56 of z */
		*im = y;
		if (!acos) {
			*re = x;
		} else {
			r = dd_add(pi_2_dd[0], pi_2_dd[1], -x, 0, &rl);
			*re = r + rl;
		}
		return;
	}
	T xp1l, xp1 = two_sum(x, 1, &xp1l);
	T xm1l, xm1 = two_sum(x, -1, &xm1l);
	if (y < T_SQ_MIN) {
		/* y^2 underflows; y is below 2^-500 |x - 1| (x is a double), so
		 * the first order in y is exact enough */
		T pl, p = dd_mul(xm1, xm1l, xp1, xp1l, &pl); /* x^2 - 1 */
		if (x < 1) {
			T ql, q = dd_sqrt(-p, -pl, &ql); /* sqrt(1 - x^2) */
			r = acos ? atan_ratio(q, ql, x, 0, &rl) : atan_ratio(x, 0, q, ql, &rl);
			i = dd_div(y, 0, q, ql, &il);
		} else if (x > 1) {
			T ql, q = dd_sqrt(p, pl, &ql); /* sqrt(x^2 - 1) */
			r = atan_ratio(y, 0, q, ql, &rl); /* the acos part, ~ y / q */
			if (!acos)
				r = dd_add(pi_2_dd[0], pi_2_dd[1], -r, -rl, &rl);
			T wl, w = dd_add(xm1, xm1l, q, ql, &wl);
			i = log1p_dd(w, wl, &il);
		} else if (y == 0) {
			r = acos ? 0 : pi_2_dd[0], rl = acos ? 0 : pi_2_dd[1];
			i = il = 0;
		} else { /* x = 1: asin(1 + iy) = pi/2 - sqrt(y) + i sqrt(y) ... */
			T ql, q = dd_sqrt(y, 0, &ql);
			r = acos ? q : dd_add(pi_2_dd[0], pi_2_dd[1], -q, -ql, &rl);
			if (acos)
				rl = ql;
			i = q, il = ql;
		}
		*re = r + rl;
		*im = i + il;
		return;
	}
	T sl2, s2 = hypot2_dd(xm1, xm1l, y, &sl2); /* |z - 1| */
	T rl2, r2 = hypot2_dd(xp1, xp1l, y, &rl2); /* |z + 1| */
	T al, a = dd_add(r2, rl2, s2, sl2, &al);
	a /= 2, al /= 2;
	T bl, b = dd_div(x, 0, a, al, &bl);
	T y2l, y2 = two_prod(y, y, &y2l);
	/* r + (x + 1) and s + |x - 1|, which appear in both parts */
	T ul, u = dd_add(r2, rl2, xp1, xp1l, &ul);
	T vl, v = x <= 1 ? dd_add(s2, sl2, -xm1, -xm1l, &vl) : dd_add(s2, sl2, xm1, xm1l, &vl);

	if (b <= C(0.6417)) {
		T ql, q = dd_add(1, 0, -b, -bl, &ql);
		T pl, p = dd_add(1, 0, b, bl, &pl);
		q = dd_mul(q, ql, p, pl, &ql);
		q = dd_sqrt(q, ql, &ql); /* sqrt(1 - B^2) */
		r = acos ? atan_ratio(q, ql, b, bl, &rl) : atan_ratio(b, bl, q, ql, &rl);
	} else {
		T apx_l, apx = dd_add(a, al, x, 0, &apx_l); /* A + x */
		T dl, d;
		if (x <= 1) {
			/* 1/2 (A + x) (y^2 / (r + x + 1) + s + 1 - x) */
			T tl, t = dd_div(y2, y2l, u, ul, &tl);
			t = dd_add(t, tl, v, vl, &tl);
			d = dd_mul(apx, apx_l, t, tl, &dl);
			d /= 2, dl /= 2;
			T ql, q = dd_sqrt(d, dl, &ql);
			r = acos ? atan_ratio(q, ql, x, 0, &rl) : atan_ratio(x, 0, q, ql, &rl);
		} else {
			/* y sqrt(1/2 (A + x) (1/(r + x + 1) + 1/(s + x - 1))) */
			T t1l, t1 = dd_div(apx, apx_l, u, ul, &t1l);
			T t2l, t2 = dd_div(apx, apx_l, v, vl, &t2l);
			d = dd_add(t1, t1l, t2, t2l, &dl);
			d /= 2, dl /= 2;
			T ql, q = dd_sqrt(d, dl, &ql);
			q = dd_mul(q, ql, y, 0, &ql);
			r = acos ? atan_ratio(q, ql, x, 0, &rl) : atan_ratio(x, 0, q, ql, &rl);
		}
	}
	if (a <= C(1.5)) {
		/* A - 1 without the cancellation */
		T tl, t = dd_div(y2, y2l, u, ul, &tl);
		T wl, w;
		if (x < 1)
			w = dd_div(y2, y2l, v, vl, &wl);
		else
			w = v, wl = vl;
		T ml, m = dd_add(t, tl, w, wl, &ml);
		m /= 2, ml /= 2;
		T ql, q = dd_add(a, al, 1, 0, &ql);
		q = dd_mul(q, ql, m, ml, &ql);
		q = dd_sqrt(q, ql, &ql);
		q = dd_add(m, ml, q, ql, &ql);
		i = log1p_dd(q, ql, &il);
	} else {
		T ql, q = dd_add(a, al, -1, 0, &ql);
		T pl, p = dd_add(a, al, 1, 0, &pl);
		q = dd_mul(q, ql, p, pl, &ql);
		q = dd_sqrt(q, ql, &ql);
		q = dd_add(a, al, q, ql, &ql);
		i = log_dd(q, ql, &il);
	}
	*re = r + rl;
	*im = i + il;
}

void S(__w64_casinh)(T x, T y, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y)) {
		if (t_isinf(x)) {
			*re = x;
			*im = t_isnan(y) ? y + y : t_isinf(y) ? t_copysign(pi_4_dd[0], y) : t_copysign(0, y);
		} else if (t_isinf(y)) {
			/* from a NaN x too (the sign is unspecified): glibc's */
			*re = t_copysign(T_INF, x);
			*im = t_isnan(x) ? x + x : t_copysign(pi_2_dd[0], y);
		} else { /* a NaN and a finite number */
			*re = x + y;
			*im = t_isnan(x) && y == 0 ? y : x + y;
		}
		return;
	}
	/* asinh z = -i asin(iz): asin's core on (|y|, |x|) */
	T r, i;
	asin_core(t_fabs(y), t_fabs(x), 0, &r, &i);
	*re = t_copysign(i, x);
	*im = t_copysign(r, y);
}

/* The real part of acos for |x|, back to x's half plane. */
static T acos_real(T r, T x)
{
	if (!t_signbit(x))
		return r;
	T l, h = dd_add(pi_dd[0], pi_dd[1], -r, 0, &l);
	return h + l;
}

void S(__w64_cacos)(T x, T y, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y)) {
		if (t_isinf(x)) {
			if (t_isnan(y)) {
				*re = y + y;
				*im = -T_INF; /* the sign unspecified: glibc's */
			} else if (t_isinf(y)) {
				*re = x < 0 ? C(3.0) * pi_4_dd[0] : pi_4_dd[0];
				*im = -y;
			} else {
				*re = x < 0 ? pi_dd[0] : 0;
				*im = t_copysign(T_INF, -y);
			}
		} else if (t_isinf(y)) {
			*re = t_isnan(x) ? x + x : pi_2_dd[0];
			*im = -y;
		} else if (x == 0) { /* +-0 + i NaN */
			*re = pi_2_dd[0];
			*im = y + y;
		} else {
			*re = x + y;
			*im = x + y;
		}
		return;
	}
	T r, i;
	asin_core(t_fabs(x), t_fabs(y), 1, &r, &i);
	*re = acos_real(r, x);
	*im = t_signbit(y) ? i : -i;
}

void S(__w64_cacosh)(T x, T y, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y)) {
		if (t_isinf(x)) {
			*re = T_INF;
			if (t_isnan(y))
				*im = y + y;
			else if (t_isinf(y))
				*im = t_copysign(x < 0 ? C(3.0) * pi_4_dd[0] : pi_4_dd[0], y);
			else
				*im = t_copysign(x < 0 ? pi_dd[0] : 0, y);
		} else if (t_isinf(y)) {
			*re = T_INF;
			*im = t_isnan(x) ? x + x : t_copysign(pi_2_dd[0], y);
		} else if (x == 0) { /* +-0 + i NaN: glibc's NaN + i pi/2 */
			*re = y + y;
			*im = pi_2_dd[0];
		} else {
			*re = x + y;
			*im = x + y;
		}
		return;
	}
	T r, i;
	asin_core(t_fabs(x), t_fabs(y), 1, &r, &i);
	*re = i;
	*im = t_copysign(acos_real(r, x), y);
}

/*
 * atanh z = 1/4 log1p(4x / ((1 - x)^2 + y^2)) + i/2 atan2(2y, 1 - x^2 - y^2)
 * for x, y >= 0, with 1 - x^2 - y^2 exact where |z| is near 1; huge |z|:
 * Re 1/z and pi/2; tiny |z|: z.
 */
void S(__w64_catanh)(T x, T y, T *re, T *im)
{
	if (!t_isfinite(x) || !t_isfinite(y)) {
		if (t_isinf(x) || t_isinf(y)) {
			*re = t_copysign(0, x);
			*im = t_isnan(y) && !t_isinf(y) ? y + y : t_copysign(pi_2_dd[0], y);
		} else if (x == 0) { /* +-0 + i NaN */
			*re = x;
			*im = y + y;
		} else {
			*re = x + y;
			*im = x + y;
		}
		return;
	}
	T ax = t_fabs(x), ay = t_fabs(y);
	T r, rl, i, il;
	if (ax > T_HUGE || ay > T_HUGE) {
		/* x / (x^2 + y^2), scaled so that nothing overflows */
		T m = ax > ay ? ax : ay;
		int e = t_ilogb(m);
		T sx = t_scale(ax, -e), sy = t_scale(ay, -e);
		T sl, s = hypot_dd(sx, sy, &sl);
		s = dd_mul(s, sl, s, sl, &sl);
		r = dd_div(sx, 0, s, sl, &rl);
		*re = t_copysign(t_scale(r + rl, -e), x);
		/* 1/2 (pi - atan2(2|y|, |z|^2 - 1)), the atan2 ~ 2|y| / |z|^2 */
		i = dd_div(sy, 0, s, sl, &il);
		i = t_scale(i, -e), il = t_scale(il, -e);
		i = dd_add(pi_2_dd[0], pi_2_dd[1], -i, -il, &il);
		*im = t_copysign(i + il, y);
		return;
	}
	if (ax < T_TINY && ay < T_TINY) {
		*re = x;
		*im = y;
		return;
	}
	if (ax == 1 && ay == 0) {
		*re = x / 0.0; /* +-inf, divide-by-zero */
		*im = y;
		return;
	}
	T oml, om = two_sum(1, -ax, &oml); /* 1 - x */
	T dl, d;
	if (ay < T_SQ_MIN) {
		if (ax == 1) {
			/* 1/4 log(4 / y^2) = 1/2 (log 2 - log y) */
			T ll, l = log_dd(ay, 0, &ll);
			r = dd_add(ln2_dd[0], ln2_dd[1], -l, -ll, &rl);
			r /= 2, rl /= 2;
			*re = t_copysign(r + rl, x);
			*im = t_copysign(pi_4_dd[0], y);
			return;
		}
		d = dd_mul(om, oml, om, oml, &dl);
	} else {
		T y2l, y2 = two_prod(ay, ay, &y2l);
		d = dd_mul(om, oml, om, oml, &dl);
		d = dd_add(d, dl, y2, y2l, &dl);
	}
	r = dd_div(4 * ax, 0, d, dl, &rl);
	r = log1p_dd(r, rl, &rl);
	*re = t_copysign((r + rl) / 4, x);
	T nl, n = sq_sum_m1(ax, ay, &nl); /* x^2 + y^2 - 1 */
	i = atan2_dd(2 * ay, 0, -n, -nl, &il);
	*im = t_copysign((i + il) / 2, y);
}
