#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Up to 0.172 the atanh series of the log kernel; above, log1p(2|x| /
 * (1 - |x|)) / 2 with the quotient as hi + lo. */
w64_f128 __w64_atanhq(w64_f128 x)
{
	if (w64_isnanq(x) || x == 0)
		return x + x;
	w64_f128 ax = w64_fabsq(x);
	if (ax > 1)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (ax == 1)
		return __w64_math_errorq(w64_copysignq(W64_Q_INF, x), ERANGE);
	if (ax < W64_QC(0x1p-57))
		return x;
	w64_f128 r;
	if (ax <= W64_QC(0.172)) {
		w64_f128 lo;
		w64_f128 h = __w64_atanhq_small(ax, &lo);
		r = h + lo;
	} else {
		/* q + qlo = 2|x| / (1 - |x|), 1 - |x| as d + dl */
		w64_f128 dl;
		w64_f128 d = w64_q_two_sum(1, -ax, &dl);
		w64_f128 q = 2 * ax / d;
		w64_f128 pe;
		w64_f128 p = w64_q_two_prod(q, d, &pe);
		w64_f128 qlo = ((2 * ax - p) - pe - q * dl) / d;
		r = __w64_log1pq_dd(q, qlo) / 2;
	}
	return x < 0 ? -r : r;
}

long double atanhl(long double x)
{
	return (long double)__w64_atanhq(x);
}
