#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* The kernels for x > 0 and x < 0; poles are +inf with ERANGE.  *sign
 * gets the sign of Gamma(x). */
w64_f128 __w64_lgammaq_r(w64_f128 x, int *sign)
{
	*sign = 1;
	if (w64_isnanq(x))
		return x + x;
	if (w64_isinfq(x))
		return W64_Q_INF;
	if (x == 0) {
		*sign = (w64_bitsq(x) & W64_Q_SIGN) ? -1 : 1;
		return __w64_math_errorq(W64_Q_INF, ERANGE);
	}
	if (x == 1 || x == 2)
		return 0;
	if (x < 0 && __w64_truncq(x) == x)
		return __w64_math_errorq(W64_Q_INF, ERANGE);
	w64_f128 ax = w64_fabsq(x);
	if (ax < W64_QC(0x1p-120)) {
		*sign = x < 0 ? -1 : 1;
		w64_f128 lo;
		w64_f128 h = __w64_logq_core(ax, &lo);
		return -(h + lo);
	}
	if (x > W64_QC(0x1.4p16371)) /* beyond, lgamma overflows */
		return __w64_math_errorq(W64_Q_INF, ERANGE);
	w64_f128 lo, h;
	if (x > 0)
		h = __w64_lgammaq_pos(x, &lo);
	else
		h = __w64_lgammaq_neg(x, &lo, sign);
	w64_f128 r = w64_isinfq(h) ? h : h + lo;
	return w64_isinfq(r) ? __w64_math_errorq(r, ERANGE) : r;
}

long double lgammal_r(long double x, int *sign)
{
	return (long double)__w64_lgammaq_r(x, sign);
}
