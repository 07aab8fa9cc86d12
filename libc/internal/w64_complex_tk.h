/*
 * The complex kernels' shared real helpers, written once over the toolkit
 * of w64_complex_d.h or w64_complex_q.h (whichever was included first).
 * All static: each kernel object gets the ones it uses.
 */

/* atan((n + nl) / (d + dl)), n >= 0, d >= 0, not both 0. */
static inline T atan_ratio(T n, T nl, T d, T dl, T *lo)
{
	/* n/d past T_HUGE^2: pi/2 - d/n, the next term far below the last
	 * bit (and no division by a subnormal d on the way) */
	if (d < n * (T_TINY * T_TINY))
		return fast_two_sum(pi_2_dd[0], pi_2_dd[1] - d / n, lo);
	/* and below T_TINY^2, n/d (whose square may underflow) */
	if (n < d * (T_TINY * T_TINY)) {
		*lo = 0;
		return n / d;
	}
	/* the ratio is now within T_HUGE^2 of 1: scaling both parts by the
	 * same power of two keeps the error-free products from overflowing */
	if (n > t_pow2(T_MAX_EXP / 2) || d > t_pow2(T_MAX_EXP / 2)) {
		n = t_scale(n, -T_MAX_EXP / 2), nl = t_scale(nl, -T_MAX_EXP / 2);
		d = t_scale(d, -T_MAX_EXP / 2), dl = t_scale(dl, -T_MAX_EXP / 2);
	}
	return atan_ratio_k(n, nl, d, dl, lo);
}

/* sin and cos of x + xl (any finite x) as hi + lo. */
static inline void sincos_dd(T x, T xl, T s[2], T c[2])
{
	if (x == 0 && xl == 0) { /* sin(+-0) = +-0: a double-double sum would lose the sign */
		s[0] = x, s[1] = 0, c[0] = 1, c[1] = 0;
		return;
	}
	T y[2];
	int n = rem_pio2(x, y);
	if (t_fabs(xl) > pi_4_dd[0]) {
		/* a huge x's low part may itself be many periods */
		T yl[2];
		n += rem_pio2(xl, yl);
		y[0] = dd_add(y[0], y[1], yl[0], yl[1], &y[1]);
		xl = 0;
	}
	T tl, t = dd_add(y[0], y[1], xl, 0, &tl);
	/* xl may push t just past pi/4: take it back a quadrant */
	while (t > pi_4_dd[0]) {
		t = dd_add(t, tl, -pi_2_dd[0], -pi_2_dd[1], &tl);
		n++;
	}
	while (t < -pi_4_dd[0]) {
		t = dd_add(t, tl, pi_2_dd[0], pi_2_dd[1], &tl);
		n--;
	}
	T sh, sl, ch, cl;
	sh = sin_k(t, tl, &sl);
	ch = cos_k(t, tl, &cl);
	switch (n & 3) {
	case 0:
		s[0] = sh, s[1] = sl, c[0] = ch, c[1] = cl;
		break;
	case 1:
		s[0] = ch, s[1] = cl, c[0] = -sh, c[1] = -sl;
		break;
	case 2:
		s[0] = -sh, s[1] = -sl, c[0] = -ch, c[1] = -cl;
		break;
	default:
		s[0] = -ch, s[1] = -cl, c[0] = sh, c[1] = sl;
		break;
	}
}

/* e^(x + xl) = (hi + lo) 2^k for |x| < T_EXP_SAT (squared from e^(x/2)
 * beyond exp_parts' range). */
static inline T exp_scaled(T x, T xl, long *k, T *lo)
{
	if (t_fabs(x) <= T_EXP_MAX)
		return exp_parts(x, xl, k, lo);
	T l, h = exp_parts(x / 2, xl / 2, k, &l);
	T e = dd_mul(h, l, h, l, lo);
	*k *= 2;
	return e;
}

/* sinh|x| and cosh|x| as (hi + lo) 2^k, |x| < T_EXP_SAT.  Below 1/2
 * through expm1 (sinh|x| = E (E + 2) / (2 (E + 1)), E = e^|x| - 1, so it
 * keeps its relative accuracy as x goes to 0); above, from e^|x| and
 * e^-|x| (the latter left out once it is below 2^-2 T_MANT of the former). */
static inline void sinh_cosh(T x, T sh[2], T ch[2], long *k)
{
	T ax = t_fabs(x);
	if (ax < C(0.5)) {
		T el, e = expm1_dd(ax, 0, &el);
		T pl, p = dd_add(e, el, 1, 0, &pl); /* e^|x| */
		T nl, n = dd_add(e, el, 2, 0, &nl);
		n = dd_mul(n, nl, e, el, &nl);
		sh[0] = dd_div(n, nl, 2 * p, 2 * pl, &sh[1]);
		T il, i = dd_div(C(0.5), 0, p, pl, &il);
		ch[0] = dd_add(p / 2, pl / 2, i, il, &ch[1]);
		*k = 0;
		return;
	}
	T l, h = exp_scaled(ax, 0, k, &l); /* e^|x| = (h + l) 2^k */
	*k -= 1;                          /* halved */
	if (ax > (T)T_MANT) {
		sh[0] = ch[0] = h;
		sh[1] = ch[1] = l;
		return;
	}
	/* with e^|x| = (h + l) 2^K (K = k + 1), e^-|x| / 2 relative to the
	 * scale 2^k is 2^-2K / (h + l) */
	T il, i = dd_div(1, 0, h, l, &il);
	i = t_scale(i, -2 * (*k + 1)), il = t_scale(il, -2 * (*k + 1));
	sh[0] = dd_add(h, l, -i, -il, &sh[1]);
	ch[0] = dd_add(h, l, i, il, &ch[1]);
}

/* log(1 + w + wl), w > -1. */
static inline T log1p_dd(T w, T wl, T *lo)
{
	T e, s = two_sum(1, w, &e);
	return log_dd(s, e + wl, lo);
}

/* x^2 + y^2 - 1 as hi + lo, exactly but for the last rounding (clog and
 * catanh need it where |z| is close to 1): x^2 = a + b and y^2 = c + d
 * exactly, a - 1 + c by error-free sums, the small parts added in
 * double-double. */
static inline T sq_sum_m1(T x, T y, T *lo)
{
	T b, d, e1, e2;
	T a = two_prod(x, x, &b), c = two_prod(y, y, &d);
	T s = two_sum(a, -1, &e1);
	s = two_sum(s, c, &e2);
	T tl, t = dd_add(e1, 0, e2, 0, &tl);
	t = dd_add(t, tl, b, 0, &tl);
	t = dd_add(t, tl, d, 0, &tl);
	return dd_add(s, 0, t, tl, lo);
}

/* sqrt(x^2 + y^2) as hi + lo, for x, y where the squares neither
 * overflow nor underflow (callers scale). */
static inline T hypot_dd(T x, T y, T *lo)
{
	T xl, x2 = two_prod(x, x, &xl), yl, y2 = two_prod(y, y, &yl);
	T sl, s = dd_add(x2, xl, y2, yl, &sl);
	return dd_sqrt(s, sl, lo);
}

/* atan2(y + yl, x + xl) for y >= 0, as hi + lo (y or x nonzero). */
static inline T atan2_dd(T y, T yl, T x, T xl, T *lo)
{
	if (x == 0) {
		*lo = pi_2_dd[1];
		return pi_2_dd[0];
	}
	if (x > 0)
		return atan_ratio(y, yl, x, xl, lo);
	T al, a = atan_ratio(y, yl, -x, -xl, &al);
	return dd_add(pi_dd[0], pi_dd[1], -a, -al, lo);
}

/* log|x + iy| as hi + lo, x and y finite and not both 0. */
static inline T log_abs(T x, T y, T *lo)
{
	T a = t_fabs(x), b = t_fabs(y);
	if (a < b) {
		T t = a;
		a = b;
		b = t;
	}
	/* a in [1, 2) after scaling by 2^-e (b may underflow: its square
	 * is then below 2^-2 T_MANT of a's) */
	int e = 0;
	if (a > T_HUGE || a < T_SQ_MIN) {
		e = a >= T_MIN ? t_ilogb(a) : t_ilogb(a * t_pow2(T_MANT)) - T_MANT;
		a = t_scale(a, -e);
		b = t_scale(b, -e);
	}
	T sl, s;
	T rl, r;
	s = sq_sum_m1(a, b, &sl); /* a^2 + b^2 - 1 */
	if (e == 0 && s > C(-0.5) && s < 1) {
		/* near |z| = 1: log1p of the exact a^2 + b^2 - 1 */
		r = log1p_dd(s, sl, &rl);
	} else {
		s = dd_add(s, sl, 1, 0, &sl);
		r = log_dd(s, sl, &rl);
	}
	r /= 2, rl /= 2;
	if (e != 0) {
		T kl, kh = dd_mul(ln2_dd[0], ln2_dd[1], (T)e, 0, &kl);
		r = dd_add(r, rl, kh, kl, &rl);
	}
	*lo = rl;
	return r;
}

/* hi + lo rounded once, then scaled by 2^k. */
static inline T round_scaled(T hi, T lo, long k)
{
	return k == 0 ? hi + lo : t_scale(hi + lo, k);
}

/* Below this a factor is scaled up before a product, which must not
 * underflow before its final scaling. */
#define T_SCALE_UP t_pow2(T_MIN_EXP + 2 * T_MANT)

/* (a0 + a1)(b0 + b1) 2^k rounded once (but for a final subnormal
 * result), with the sign of a0 b0 when it is zero: double-double sums
 * lose the sign of a zero, and a tiny factor would underflow before the
 * scaling. */
static inline T mul_scaled(const T a[2], const T b[2], long k)
{
	T a0 = a[0], a1 = a[1], b0 = b[0], b1 = b[1];
	if (t_fabs(a0) < T_SCALE_UP) {
		a0 = t_scale(a0, 2 * T_MANT), a1 = t_scale(a1, 2 * T_MANT);
		k -= 2 * T_MANT;
	}
	if (t_fabs(b0) < T_SCALE_UP) {
		b0 = t_scale(b0, 2 * T_MANT), b1 = t_scale(b1, 2 * T_MANT);
		k -= 2 * T_MANT;
	}
	T l, h = dd_mul(a0, a1, b0, b1, &l);
	return t_copysign(round_scaled(h, l, k), a[0] * b[0]);
}
