#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Below 0.35, 1 + E^2 / (2 (E + 1)) with E = e^|x| - 1; above, e^|x|/2 +
 * e^-|x|/2 with e^|x|/2 from the exp core as hi + lo. */
w64_f128 __w64_coshq(w64_f128 x)
{
	if (w64_isnanq(x))
		return x + x;
	w64_f128 ax = w64_fabsq(x);
	if (w64_isinfq(ax))
		return ax;
	if (ax <= W64_QC(0.35)) {
		w64_f128 lo;
		w64_f128 E = __w64_expm1q_dd(ax, &lo);
		E += lo;
		return 1 + E * E / (2 * (E + 1));
	}
	if (ax > 11357)
		return __w64_math_errorq(W64_Q_INF, ERANGE);
	w64_f128 hl;
	w64_f128 hh = __w64_expq_half(ax, &hl);
	w64_f128 r;
	if (ax > 60) {
		r = hh + hl;
	} else {
		w64_f128 e;
		w64_f128 t = w64_q_two_sum(hh, W64_QC(0.25) / hh, &e);
		r = t + (e + hl);
	}
	if (w64_isinfq(r))
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double coshl(long double x)
{
	return (long double)__w64_coshq(x);
}
