#include <errno.h>
#include <math.h>

#include "w64_math.h"

/*
 * e^lgamma(x) with Gamma's sign, lgamma in double-double from the kernels
 * (absolute error about 2^-62, so e^ of it is within about 2^-60
 * relative), rounded once as it is scaled.  0 gives +-inf with ERANGE,
 * negative integers and -inf a NaN with EDOM; overflow and results below
 * DBL_MIN set ERANGE.
 */
double tgamma(double x)
{
	if (x != x || x == HUGE_VAL)
		return x + x;
	if (x == 0)
		return __w64_math_error(1 / x, ERANGE);
	if (x == -HUGE_VAL)
		return __w64_math_error(x - x, EDOM);
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-60) {
		/* 1/x - gamma: the second term is below 2^-60 of the first */
		double r = 1 / x;
		if (__builtin_isinf(r))
			return __w64_math_error(r, ERANGE);
		return r - 0.57721566490153286061;
	}
	if (x > 171.7)
		return __w64_math_error(HUGE_VAL, ERANGE);
	double lh, ll;
	int sign = 1;
	if (x > 0) {
		lh = __w64_lgamma_pos_dd(x, &ll);
	} else {
		if (x == __builtin_floor(x))
			return __w64_math_error((x - x) / (x - x), EDOM);
		if (x < -190) /* underflows; the sign alternates with floor(x) */
			return __w64_math_error(__builtin_floor(x / 2) * 2 == __builtin_floor(x) ? 0.0 : -0.0, ERANGE);
		lh = __w64_lgamma_neg_dd(x, &ll, &sign);
	}
	int k;
	double el;
	double eh = __w64_exp_core(lh, ll, &k, &el);
	double r = __w64_scale(eh + el, k);
	if (sign < 0)
		r = -r;
	if (__builtin_isinf(r) || __builtin_fabs(r) < 0x1p-1022)
		return __w64_math_error(r, ERANGE);
	return r;
}
