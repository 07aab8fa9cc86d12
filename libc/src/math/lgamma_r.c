#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* The kernels for x > 0 and x < 0 (reflection; below -2 in binary128);
 * poles (0 and the negative integers) are +inf with ERANGE, as is
 * overflow.  *sign gets the sign of Gamma(x). */
double __w64_lgamma_r(double x, int *sign)
{
	*sign = 1;
	if (x != x)
		return x + x;
	if (__builtin_isinf(x))
		return HUGE_VAL;
	if (x == 0) {
		*sign = __builtin_signbit(x) ? -1 : 1;
		return __w64_math_error(HUGE_VAL, ERANGE);
	}
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-70) {
		/* -log|x| (the next term, -gamma x, is below 2^-70 of it) */
		*sign = x < 0 ? -1 : 1;
		return -log(ax);
	}
	if (x > 0x1.76p1014) /* lgamma overflows from 2.556e305 on */
		return __w64_math_error(HUGE_VAL, ERANGE);
	if (x < 0 && x == __builtin_floor(x))
		return __w64_math_error(HUGE_VAL, ERANGE);
	double lo, hi;
	if (x > 0) {
		hi = __w64_lgamma_pos_dd(x, &lo);
	} else if (x > -2) {
		hi = __w64_lgamma_neg_dd(x, &lo, sign);
	} else {
		/* Below -2 lgamma has two zeros in every unit interval, where the
		 * reflection cancels: the binary128 kernel expands about each
		 * zero and keeps its relative accuracy there. */
		w64_f128 ql;
		w64_f128 qh = __w64_lgammaq_neg(x, &ql, sign);
		return (double)(qh + ql);
	}
	double r = __builtin_isinf(hi) ? hi : hi + lo;
	return __builtin_isinf(r) ? __w64_math_error(r, ERANGE) : r;
}

/* lgamma with the sign of Gamma stored through sign, signgam untouched. */
double lgamma_r(double x, int *sign)
{
	return __w64_lgamma_r(x, sign);
}
