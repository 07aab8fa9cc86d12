#include <errno.h>
#include <math.h>

#include "w64_math.h"

/*
 * |x| < 1: the Taylor series x + x^3/3! + ... + x^21/21! (the next term
 * is below 2^-64 x).  Above, (e^x - e^-x)/2 with e^x = (hi + lo) 2^k from
 * the exp core, halved before scaling so that it overflows only when the
 * result does.
 */
double sinh(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax < 1)) {
		if (ax != ax || __builtin_isinf(ax))
			return x + x;
		if (ax > 710.5)
			return __w64_math_error(x > 0 ? HUGE_VAL : -HUGE_VAL, ERANGE);
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
			double ih = w64_dd_div(0.25, 0, eh, el, &il); /* e^-x / 2 */
			eh = w64_dd_add(eh, el, -ih, -il, &el);
			r = eh + el;
		}
		if (__builtin_isinf(r))
			return __w64_math_error(x > 0 ? r : -r, ERANGE);
		return x > 0 ? r : -r;
	}
	if (ax < 0x1p-27)
		return x;
	double x2 = x * x;
	double p = 1.0 / 6 + x2 * (1.0 / 120 + x2 * (1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (1.0 / 39916800 +
		   x2 * (1.0 / 6227020800.0 + x2 * (1.0 / 1307674368000.0 + x2 * (1.0 / 355687428096000.0 +
		   x2 * (1.0 / 121645100408832000.0 + x2 * (1.0 / 51090942171709440000.0)))))))));
	return x + x * x2 * p;
}
