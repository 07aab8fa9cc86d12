/*
 * The Bessel functions J0, J1, Y0 and Y1 (and through them Jn and Yn) in
 * double-double, for x > 0 (docs/libm.md, "Bessel functions"):
 *
 *   - next to each zero below 40: the Taylor series about the zero, with
 *     d = x - z exact enough (z in three parts) that the result keeps its
 *     relative accuracy at the doubles closest to the zero;
 *   - other x below 12: the power series (for Y, with the logarithm of
 *     A&S 9.1.11), which cancels at most 2^12 there;
 *   - from 40 on: Hankel's asymptotic expansion with its two series
 *     P and Q folded into one amplitude and one phase,
 *     f = sqrt(2 / (pi x)) sqrt(P^2 + Q^2) cos or sin (x - (n/2 + 1/4) pi
 *     + atan(Q / P)), with x reduced modulo pi/2 exactly.
 */
#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* (ah, al) × b, b a double. */
static double dd_mul_d(double ah, double al, double b, double *lo)
{
	return w64_dd_mul(ah, al, b, 0, lo);
}

static double taylor(const struct w64_bessel_piece *p, double x, double *lo)
{
	double e;
	double s = w64_two_sum(x - p->z[0], -p->z[1], &e); /* x - z[0] is exact */
	double dl, d = w64_fast_two_sum(s, e - p->z[2], &dl);
	double h = 0, l = 0;
	if (p->nd > 0) {
		const double *c = __w64_bessel_d + p->d;
		h = c[p->nd - 1];
		for (int i = p->nd - 2; i >= 0; i--)
			h = c[i] + d * h;
	}
	for (int i = p->ndd - 1; i >= 0; i--) {
		const double *c = __w64_bessel_dd[p->dd + i];
		h = w64_dd_mul(h, l, d, dl, &l);
		h = w64_dd_add(c[0], c[1], h, l, &l);
	}
	return w64_dd_mul(d, dl, h, l, lo);
}

/*
 * The power series at 0.  t_k = (-x^2/4)^k / (k! (k + order)!) summed
 * gives J0, and J1 / (x/2); with the harmonic numbers H_k,
 *   Y0 = (2/pi) ((ln(x/2) + gamma) J0 - sum H_k t_k),
 *   Y1 = (2/pi) ((ln(x/2) + gamma) J1 - 1/x - (x/4) sum (H_k + H_k+1) t_k).
 */
static double series(int kind, int order, double x, double *lo)
{
	double ql, q = w64_two_prod(x, x, &ql);
	q *= -0.25, ql *= -0.25; /* -x^2/4, exact */
	double th = 1, tl = 0;   /* t_k */
	double sh = 1, sl = 0;   /* sum t_k */
	double hh = 0, hl = 0;   /* H_k */
	double uh = 0, ul = 0;   /* sum H_k t_k (Y0) or (H_k + H_k+1) t_k (Y1) */
	if (order == 1)
		uh = 1; /* k = 0: H_0 + H_1 = 1 */
	for (int k = 1; k < 200; k++) {
		th = w64_dd_mul(th, tl, q, ql, &tl);
		th = w64_dd_div(th, tl, (double)k * (k + order), 0, &tl);
		sh = w64_dd_add(sh, sl, th, tl, &sl);
		if (kind == 1) {
			double ch, cl;
			double rl, r = w64_dd_div(1, 0, k, 0, &rl);
			hh = w64_dd_add(hh, hl, r, rl, &hl);
			if (order == 0) {
				ch = hh, cl = hl;
			} else {
				/* H_k + H_{k+1} = 2 H_k + 1/(k+1) */
				ch = w64_dd_div(1, 0, k + 1, 0, &cl);
				ch = w64_dd_add(ch, cl, 2 * hh, 2 * hl, &cl);
			}
			double ph, pl;
			ph = w64_dd_mul(th, tl, ch, cl, &pl);
			uh = w64_dd_add(uh, ul, ph, pl, &ul);
		}
		if (__builtin_fabs(th) < 0x1p-110)
			break;
	}
	double jh = sh, jl = sl; /* J0, or J1 / (x/2) */
	if (order == 1)
		jh = dd_mul_d(jh, jl, 0.5 * x, &jl);
	if (kind == 0) {
		*lo = jl;
		return jh;
	}
	/* ln(x/2) + gamma; the halving in the logarithm, since x/2 may lose a
	 * bit when x is subnormal */
	static const double ln2_hi = 0x1.62e42fefa39efp-1, ln2_lo = 0x1.abc9e3b39803fp-56;
	double gl, g = __w64_log_dd(x, 0, &gl);
	g = w64_dd_add(g, gl, -ln2_hi, -ln2_lo, &gl);
	g = w64_dd_add(g, gl, __w64_bessel_euler[0], __w64_bessel_euler[1], &gl);
	double rl, r = w64_dd_mul(g, gl, jh, jl, &rl);
	if (order == 0) {
		r = w64_dd_add(r, rl, -uh, -ul, &rl);
	} else {
		double il, i = w64_dd_div(1, 0, x, 0, &il);
		r = w64_dd_add(r, rl, -i, -il, &rl);
		double vl, v = dd_mul_d(uh, ul, 0.25 * x, &vl);
		r = w64_dd_add(r, rl, -v, -vl, &rl);
	}
	return w64_dd_mul(r, rl, __w64_bessel_two_over_pi[0], __w64_bessel_two_over_pi[1], lo);
}

/* sin (odd) or cos of t + tl, |t| <= pi/4 + a little, entirely in
 * double-double (libm's sin and cos kernels stop at about 2^-60, which
 * Jn's and Yn's recurrences would magnify next to their zeros):
 * 1 - t^2/(2·3) (1 - t^2/(4·5) (1 - ...)), or with (2k-1)(2k) for cos,
 * fourteen levels deep (t^28/28! < 2^-106). */
static double sin_cos(int odd, double t, double tl, double *lo)
{
	double sl, sq = w64_dd_mul(t, tl, t, tl, &sl);
	double al = 0, a = 1;
	for (int k = 14; k >= 1; k--) {
		double d = odd ? (2.0 * k) * (2 * k + 1) : (2.0 * k - 1) * (2 * k);
		a = w64_dd_mul(a, al, sq, sl, &al);
		a = w64_dd_div(a, al, d, 0, &al);
		a = w64_dd_add(1, 0, -a, -al, &al);
	}
	if (odd)
		a = w64_dd_mul(a, al, t, tl, &al);
	*lo = al;
	return a;
}

/* cos (kind 0) or sin (kind 1) of n pi/2 + (t + tl), |t| <= pi/4 + a little. */
static double trig(int kind, int n, double t, double tl, double *lo)
{
	int q = (n + kind * 3) & 3; /* sin(a) = cos(a - pi/2) */
	double h = sin_cos(q & 1, t, tl, lo);
	if (q == 1 || q == 2) {
		*lo = -*lo;
		return -h;
	}
	return h;
}

static double asymptotic(int kind, int order, double x, double *lo)
{
	/* t_k = prod (mu - (2j-1)^2) / (k! (8x)^k); P = t0 - t2 + t4 ..., Q = t1 - t3 ... */
	double mu = 4.0 * order * order;
	double th = 1, tl = 0, ph = 1, pl = 0, qh = 0, ql = 0, prev = 2;
	for (int k = 1; k < 120; k++) {
		th = dd_mul_d(th, tl, mu - (2.0 * k - 1) * (2.0 * k - 1), &tl);
		th = w64_dd_div(th, tl, 8.0 * k, 0, &tl);
		if (x < 0x1p900) {
			th = w64_dd_div(th, tl, x, 0, &tl);
		} else { /* t_1 ~ 2^-900 is the last term that counts */
			th /= x;
			tl = 0;
		}
		double a = __builtin_fabs(th);
		if (a > prev) /* past the smallest term: the series diverges from here */
			break;
		prev = a;
		double sh = (k & 2) ? -th : th, sl = (k & 2) ? -tl : tl;
		if (k & 1)
			qh = w64_dd_add(qh, ql, sh, sl, &ql);
		else
			ph = w64_dd_add(ph, pl, sh, sl, &pl);
		if (a < 0x1p-108)
			break;
	}
	/* phase atan(Q/P), amplitude sqrt(P^2 + Q^2); |Q/P| < 3/(8x) <= 2^-6.7:
	 * atan's series r - r^3/3 + ... to r^15 (the next term is below
	 * 2^-117 r), all in double-double, since near a zero the result is
	 * only as good as the phase's absolute error */
	double rl, r = w64_dd_div(qh, ql, ph, pl, &rl);
	double r2l, r2 = w64_dd_mul(r, rl, r, rl, &r2l);
	double fl = 0, f = 0;
	for (int j = 15; j >= 1; j -= 2) {
		double cl, c = w64_dd_div(j & 2 ? -1 : 1, 0, j, 0, &cl);
		f = w64_dd_mul(f, fl, r2, r2l, &fl);
		f = w64_dd_add(c, cl, f, fl, &fl);
	}
	f = w64_dd_mul(f, fl, r, rl, &fl);
	double al, a = w64_dd_mul(ph, pl, ph, pl, &al);
	double bl, b = w64_dd_mul(qh, ql, qh, ql, &bl);
	a = w64_dd_add(a, al, b, bl, &al);
	a = w64_dd_sqrt(a, al, &al);
	/* x - (order/2 + 1/4) pi + f = n pi/2 + y - pi/4 + f, n less 1 for order 1 */
	double y[2];
	int n = __w64_rem_pio2(x, y) - order;
	double ul, u = w64_dd_add(y[0], y[1], f, fl, &ul);
	u = w64_dd_add(u, ul, -__w64_bessel_pi_4[0], -__w64_bessel_pi_4[1], &ul);
	if (u < -__w64_bessel_pi_4[0]) {
		u = w64_dd_add(u, ul, 2 * __w64_bessel_pi_4[0], 2 * __w64_bessel_pi_4[1], &ul);
		n--;
	}
	double cl, c = trig(kind, n, u, ul, &cl);
	/* sqrt(2/pi) / sqrt(x) */
	double sl, s = w64_dd_sqrt(x, 0, &sl);
	s = w64_dd_div(__w64_bessel_sqrt_two_over_pi[0], __w64_bessel_sqrt_two_over_pi[1], s, sl, &sl);
	s = w64_dd_mul(s, sl, a, al, &sl);
	return w64_dd_mul(s, sl, c, cl, lo);
}

double __w64_bessel01(int kind, int order, double x, double *lo)
{
	if (kind == 1 && order == 1 && x < 0x1p-40) {
		/* -2/(pi x): the other terms are below 2^-77 of it.  Divided
		 * by x 2^110 and scaled back, as the quotient may overflow (and
		 * the double-double division must not see one). */
		double l, r = w64_dd_div(__w64_bessel_two_over_pi[0], __w64_bessel_two_over_pi[1], x * 0x1p110, 0, &l);
		r *= -0x1p110;
		*lo = __builtin_isinf(r) ? 0 : l * -0x1p110;
		return r;
	}
	if (x >= W64_BESSEL_ASYM_MIN)
		return asymptotic(kind, order, x, lo);
	const struct w64_bessel_pieces *t = &__w64_bessel_pieces[2 * kind + order];
	for (int i = 0; i < t->count; i++) {
		if (x >= t->piece[i].a && x < t->piece[i].b)
			return taylor(&t->piece[i], x, lo);
	}
	return series(kind, order, x, lo);
}

/* Y0 and Y1 with their special cases, as glibc: defined for x > 0; -inf
 * at 0 (ERANGE; Y1 also overflows below 2/(pi DBL_MAX)), NaN below (EDOM),
 * 0 at +inf. */
double __w64_bessel_y(int order, double x)
{
	if (x != x)
		return x + x;
	if (x < 0)
		return __w64_math_error((x - x) / 0.0, EDOM);
	if (x == 0)
		return __w64_math_error(-HUGE_VAL, ERANGE);
	if (__builtin_isinf(x))
		return 0;
	double lo, hi = __w64_bessel01(1, order, x, &lo);
	double r = __builtin_isinf(hi) ? hi : hi + lo;
	return __builtin_isinf(r) ? __w64_math_error(r, ERANGE) : r;
}
