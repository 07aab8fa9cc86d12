#include <errno.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_cosq(w64_f128 x)
{
	if (w64_isinfq(x))
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (w64_isnanq(x))
		return x + x;
	w64_f128 y[2], lo, hi;
	switch (__w64_rem_pio2q(x, y)) {
	case 0:
		hi = __w64_cosq_k(y[0], y[1], &lo);
		return hi + lo;
	case 1:
		hi = __w64_sinq_k(y[0], y[1], &lo);
		return -(hi + lo);
	case 2:
		hi = __w64_cosq_k(y[0], y[1], &lo);
		return -(hi + lo);
	default:
		hi = __w64_sinq_k(y[0], y[1], &lo);
		return hi + lo;
	}
}

long double cosl(long double x)
{
	return (long double)__w64_cosq(x);
}
