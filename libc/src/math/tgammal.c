#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* e^lgamma(x) with Gamma's sign, lgamma as hi + lo into the exp core (the
 * error of lgamma, relative to its size, is what limits large results). */
w64_f128 __w64_tgammaq(w64_f128 x)
{
	if (w64_isnanq(x) || (w64_isinfq(x) && x > 0))
		return x + x;
	if (x == 0)
		return __w64_math_errorq(w64_copysignq(W64_Q_INF, x), ERANGE);
	if (w64_isinfq(x) || (x < 0 && __w64_truncq(x) == x))
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	w64_f128 ax = w64_fabsq(x);
	if (ax < W64_QC(0x1p-120)) {
		w64_f128 r = 1 / x;
		return w64_isinfq(r) ? __w64_math_errorq(r, ERANGE) : r;
	}
	if (x > W64_QC(1755.5))
		return __w64_math_errorq(W64_Q_INF, ERANGE);
	int sign = 1;
	w64_f128 lo, h;
	if (x > 0) {
		h = __w64_lgammaq_pos(x, &lo);
	} else {
		if (x < -1800) /* underflows; the sign alternates with floor(x) */
			return __w64_math_errorq(__w64_truncq(x / 2) * 2 == __w64_truncq(x) ? -0.0 : 0.0, ERANGE);
		h = __w64_lgammaq_neg(x, &lo, &sign);
	}
	w64_f128 r = __w64_expq_core(h, lo, 0);
	if (sign < 0)
		r = -r;
	if (w64_isinfq(r) || w64_expq(r) == 0)
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double tgammal(long double x)
{
	return (long double)__w64_tgammaq(x);
}
