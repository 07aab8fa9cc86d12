#include "w64_math.h"

/*
 * erf near 0: x (a0 + a1 x^2 + ...), the Maclaurin series (21 terms reach
 * 2^-64 at |x| = 1), a0 = 2/sqrt(pi) as hi + lo and the product by x
 * error-free.
 */
double __w64_erf_small_dd(double x, double *lo)
{
	const double *a = __w64_erf_poly;
	double x2 = x * x;
	double p = a[21];
	for (int i = 20; i >= 2; i--)
		p = a[i] + x2 * p;
	/* x (a0h + a0l + x^2 p) */
	double pe;
	double ph = w64_two_prod(x, a[0], &pe);
	return w64_fast_two_sum(ph, pe + x * (a[1] + x2 * p), lo);
}

/*
 * erfc(x) = e^(-x^2) g(x), g = erfcx.  Below 8, g from the generated
 * Taylor pieces (x - a is exact: a is a multiple of 1/16 within 1/16 of
 * x); from 8, its asymptotic series g(x) = 1/(x sqrt(pi)) (1 - z + 3 z^2
 * - 15 z^3 ...), z = 1/(2x^2), whose terms shrink down to 2^-70 long
 * before they turn.  e^(-x^2) from the exp core on x^2 as hi + lo.
 */
double __w64_erfc_pos_dd(double x, int *k, double *lo)
{
	double gh, gl;
	if (x < 8) {
		int i = (int)(x * 8);
		const double *c = __w64_erfcx_coef + __w64_erfcx_off[i];
		int deg = __w64_erfcx_off[i + 1] - __w64_erfcx_off[i] - 1; /* c1 .. cdeg after c0 hi, lo */
		double t = x - (2 * i + 1) / 16.0;
		double p = c[deg];
		for (int j = deg - 1; j >= 2; j--)
			p = c[j] + t * p;
		gh = w64_fast_two_sum(c[0], c[1] + t * p, &gl);
	} else {
		static const double rsqrtpi_hi = 0x1.20dd750429b6dp-1, rsqrtpi_lo = 0x1.1ae3a914fed80p-57;
		double z = 0.5 / (x * x);
		double s = 0;
		for (int n = 30; n >= 2; n--)
			s = 1 - (2 * n - 1) * z * s;
		double sl;
		double sh = w64_fast_two_sum(1, -z * s, &sl);
		double ql;
		double qh = w64_dd_div(rsqrtpi_hi, rsqrtpi_lo, x, 0, &ql);
		gh = w64_dd_mul(qh, ql, sh, sl, &gl);
	}
	double x2l;
	double x2h = w64_two_prod(x, x, &x2l);
	double el;
	double eh = __w64_exp_core(-x2h, -x2l, k, &el);
	return w64_dd_mul(eh, el, gh, gl, lo);
}
