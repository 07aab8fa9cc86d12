#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* |x| < 1: 1 + x^2/2 + ... + x^22/22! with x^2 exact; above, (e^x + e^-x)/2
 * as in sinh. */
double cosh(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax < 1)) {
		if (ax != ax || __builtin_isinf(ax))
			return ax + ax;
		if (ax > 710.5)
			return __w64_math_error(HUGE_VAL, ERANGE);
		int k;
		double lo;
		double hi = __w64_exp_core(ax, 0, &k, &lo);
		double r;
		if (k > 60) {
			r = __w64_scale(hi + lo, k - 1);
		} else {
			double el;
			double eh = w64_dd_mul(hi, lo, w64_pow2(k - 1), 0, &el);
			double il;
			double ih = w64_dd_div(0.25, 0, eh, el, &il);
			eh = w64_dd_add(eh, el, ih, il, &el);
			r = eh + el;
		}
		if (__builtin_isinf(r))
			return __w64_math_error(r, ERANGE);
		return r;
	}
	if (ax < 0x1p-27)
		return 1.0;
	double pe;
	double x2 = w64_two_prod(ax, ax, &pe);
	double q = x2 * x2 * (1.0 / 24 + x2 * (1.0 / 720 + x2 * (1.0 / 40320 + x2 * (1.0 / 3628800 +
		   x2 * (1.0 / 479001600 + x2 * (1.0 / 87178291200.0 + x2 * (1.0 / 20922789888000.0 +
		   x2 * (1.0 / 6402373705728000.0 + x2 * (1.0 / 2432902008176640000.0 +
		   x2 * (1.0 / 1124000727777607680000.0 + x2 * (1.0 / 620448401733239439360000.0)))))))))));
	double l;
	double h = w64_fast_two_sum(1, x2 / 2, &l);
	return h + (l + pe / 2 + q);
}
