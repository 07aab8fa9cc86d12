#include "w64_math.h"

/*
 * lgamma on x > 0 as hi + lo.
 *
 *   x < 0.75         lgamma(1 + x) - log x, lgamma(1 + x) from the pieces
 *                    with t = x - (a - 1), exact, so 1 + x is never rounded
 *   0.75 <= x < 3    the generated Taylor pieces (t = x - a exact)
 *   3 <= x < 12      lgamma(x - n) + log((x - 1)(x - 2)...(x - n)), the
 *                    factors exact and their product in double-double
 *   12 <= x          Stirling: (x - 1/2) log x - x + log(2 pi)/2 + the
 *                    Bernoulli series (12 terms: below 2^-70 at 12)
 */

/* Piece i at t (already relative to its centre). */
static double piece(int i, double t, double *lo)
{
	const double *c = __w64_lgamma_coef + __w64_lgamma_off[i];
	int n = __w64_lgamma_off[i + 1] - __w64_lgamma_off[i]; /* a, r, c0h, c0l, c1h, c1l, c2.. */
	double p = c[n - 1];
	for (int j = n - 2; j >= 7; j--)
		p = c[j] + t * p;
	/* c0 + c1 t + c2 t^2 + t^3 p, c1 t and c2 t^2 error-free (near the
	 * zeros these two nearly cancel) */
	double e, e2, t2l;
	double c1t = w64_two_prod(c[4], t, &e);
	double t2 = w64_two_prod(t, t, &t2l);
	double c2t2 = w64_two_prod(c[6], t2, &e2);
	e += c[5] * t + e2 + c[6] * t2l + t2 * t * p;
	double s;
	c1t = w64_two_sum(c1t, c2t2, &s);
	e += s;
	double h = w64_two_sum(c[2], c1t, lo);
	*lo += c[3] + e;
	return w64_fast_two_sum(h, *lo, lo);
}

/* The piece holding y (0.75 <= y < 3). */
static int piece_of(double y)
{
	if (y < 1.25)
		return 0;
	if (y < 1.75)
		return 1 + (int)((y - 1.25) * 8);
	if (y < 2.25)
		return 5;
	return 6 + (int)((y - 2.25) * 8);
}

static double stirling(double x, double *lo)
{
	static const double hl2pi_hi = 0x1.d67f1c864beb5p-1, hl2pi_lo = -0x1.65b5a1b7ff5dfp-55;
	/* B_2k / (2k (2k - 1)), k = 1..12 */
	static const double b[12] = {
		1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360,
		1.0 / 156, -3617.0 / 122400, 43867.0 / 244188, -174611.0 / 125400,
		77683.0 / 5796, -236364091.0 / 1506960,
	};
	double lh, ll;
	lh = __w64_log_dd(x, 0, &ll);
	double z = 1 / x;
	double s = 0;
	if (x < 0x1p30) {
		double z2 = z * z;
		s = b[11];
		for (int k = 10; k >= 0; k--)
			s = b[k] + z2 * s;
		s *= z;
	}
	if (x >= 0x1p60) {
		/* x (log x - 1); the rest is below 2^-60 of it */
		double ml;
		double mh = w64_dd_add(lh, ll, -1, 0, &ml);
		/* x 2^-64 (exact) so that the product's split cannot overflow */
		double xs = x * 0x1p-64;
		double pe;
		double ph = w64_two_prod(xs, mh, &pe);
		double hi = w64_fast_two_sum(ph, pe + xs * ml - 0x1p-65 * lh, lo);
		*lo *= 0x1p64;
		return hi * 0x1p64;
	}
	double ml;
	double mh = w64_two_sum(x, -0.5, &ml);
	double pl;
	double ph = w64_dd_mul(mh, ml, lh, ll, &pl);
	double rl;
	double rh = w64_dd_add(ph, pl, -x, 0, &rl);
	return w64_dd_add(rh, rl, hl2pi_hi, hl2pi_lo + s, lo);
}

double __w64_lgamma_pos_dd(double x, double *lo)
{
	if (x < 0.75) {
		int i = piece_of(1 + x); /* only the piece: t is formed exactly */
		const double *c = __w64_lgamma_coef + __w64_lgamma_off[i];
		double gl;
		double gh = piece(i, x - (c[0] - 1), &gl);
		double ll;
		double lh = __w64_log_dd(x, 0, &ll);
		return w64_dd_add(gh, gl, -lh, -ll, lo);
	}
	if (x < 3) {
		int i = piece_of(x);
		return piece(i, x - __w64_lgamma_coef[__w64_lgamma_off[i]], lo);
	}
	if (x < 12) {
		int n = (int)x - 2;
		double ph = x - 1, pl = 0;
		for (int j = 2; j <= n; j++)
			ph = w64_dd_mul(ph, pl, x - j, 0, &pl);
		int i = piece_of(x - n);
		double gl;
		double gh = piece(i, (x - n) - __w64_lgamma_coef[__w64_lgamma_off[i]], &gl);
		double ll;
		double lh = __w64_log_dd(ph, pl, &ll);
		return w64_dd_add(gh, gl, lh, ll, lo);
	}
	return stirling(x, lo);
}

/*
 * x < 0, not an integer, |x| < 2^52: the reflection Gamma(x) Gamma(-x) =
 * -pi / (x sin(pi x)) gives lgamma(x) = log(pi / |x sin(pi x)|) -
 * lgamma(-x), with sin(pi x) from its exactly reduced argument; *sign is
 * Gamma(x)'s (sin(pi x)'s).
 */
double __w64_lgamma_neg_dd(double x, double *lo, int *sign)
{
	static const double pi_hi = 0x1.921fb54442d18p+1, pi_lo = 0x1.1a62633145c07p-53;
	double sl;
	double s = __w64_sinpi_dd(x, &sl);
	*sign = s < 0 ? -1 : 1;
	if (s < 0) {
		s = -s;
		sl = -sl;
	}
	double pl;
	double p = w64_dd_mul(-x, 0, s, sl, &pl);
	double ql;
	double qh = w64_dd_div(pi_hi, pi_lo, p, pl, &ql);
	double ll;
	double lh = __w64_log_dd(qh, ql, &ll);
	double gl;
	double gh = __w64_lgamma_pos_dd(-x, &gl);
	return w64_dd_add(lh, ll, -gh, -gl, lo);
}
