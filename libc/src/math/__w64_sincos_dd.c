#include "w64_math.h"

/*
 * sin and cos of x + xlo, |x| <= pi/4 (a little more after reduction),
 * by their Taylor series: to x^21 for sin and x^22 for cos, the next terms
 * being below 2^-70 of the result.  The leading terms are error-free or
 * double-double (x^2 exactly, x - x^3/6 and 1 - x^2/2 with their rounding
 * errors kept, so that the result is good to about 2^-100 + 2^-60 relative
 * and cancels well in lgamma's reflection); xlo enters through the
 * derivatives.
 */
double __w64_sin_dd(double x, double xlo, double *lo)
{
	static const double c3_hi = -0x1.5555555555555p-3, c3_lo = -0x1.5555555555555p-57; /* -1/6 */
	double x2l;
	double x2 = w64_two_prod(x, x, &x2l);
	double p = 1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (-1.0 / 39916800 +
		   x2 * (1.0 / 6227020800.0 + x2 * (-1.0 / 1307674368000.0 + x2 * (1.0 / 355687428096000.0 +
		   x2 * (-1.0 / 121645100408832000.0 + x2 * (1.0 / 51090942171709440000.0))))))));
	/* -x^3/6, the largest correction (x^3/6 < x/7.6 here), in double-double */
	double x3l;
	double x3 = w64_two_prod(x, x2, &x3l);
	x3l += x * x2l;
	double t1l;
	double t1 = w64_two_prod(x3, c3_hi, &t1l);
	t1l += x3 * c3_lo + x3l * c3_hi;
	double l = t1l + x3 * x2 * p + xlo * (1 - x2 / 2);
	double e;
	double s = w64_fast_two_sum(x, t1, &e);
	return w64_fast_two_sum(s, e + l, lo);
}

double __w64_cos_dd(double x, double xlo, double *lo)
{
	double pe;
	double x2 = w64_two_prod(x, x, &pe);
	double h = x2 / 2;
	double w = 1 - h;
	double err = (1 - w) - h;
	double q = x2 * x2 * (1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40320 + x2 * (-1.0 / 3628800 +
		   x2 * (1.0 / 479001600 + x2 * (-1.0 / 87178291200.0 + x2 * (1.0 / 20922789888000.0 +
		   x2 * (-1.0 / 6402373705728000.0 + x2 * (1.0 / 2432902008176640000.0 +
		   x2 * (-1.0 / 1124000727777607680000.0 + x2 * (1.0 / 620448401733239439360000.0)))))))))));
	double l = err - pe / 2 + q - x * xlo;
	return w64_fast_two_sum(w, l, lo);
}

/* sin(pi x) as hi + lo: x reduced exactly to r in [-1, 1] (x - 2 round(x/2)),
 * then to [-1/4, 1/4] by the symmetries of sin and cos. */
double __w64_sinpi_dd(double x, double *lo)
{
	static const double pi_hi = 0x1.921fb54442d18p+1, pi_lo = 0x1.1a62633145c07p-53;
	static const double shifter = 0x1.8p52;
	double ax = __builtin_fabs(x);
	if (ax >= 0x1p52) {
		*lo = 0;
		return 0 * x; /* an integer (even above 2^53) */
	}
	double r = ax - 2 * ((ax / 2 + shifter) - shifter); /* in [-1, 1], exact */
	int neg = (x < 0) != (r < 0);
	r = __builtin_fabs(r);
	double t;
	int use_cos = 0;
	if (r <= 0.25) {
		t = r;
	} else if (r <= 0.75) {
		t = r - 0.5;
		use_cos = 1;
	} else {
		t = 1 - r;
	}
	double pl;
	double ph = w64_two_prod(t, pi_hi, &pl);
	pl += t * pi_lo;
	ph = w64_fast_two_sum(ph, pl, &pl);
	double h, l;
	if (use_cos)
		h = __w64_cos_dd(ph, pl, &l);
	else
		h = __w64_sin_dd(ph, pl, &l);
	if (neg) {
		h = -h;
		l = -l;
	}
	*lo = l;
	return h;
}
