#include <errno.h>
#include <math.h>

#include "w64_math.h"

double expm1(double x)
{
	if (!(x <= 709.8)) {
		if (x != x || x == HUGE_VAL)
			return x + x;
		return __w64_math_error(HUGE_VAL, ERANGE);
	}
	if (x < -40)
		return -1.0; /* -1 + e^x rounds to -1 */
	if (__builtin_fabs(x) < 0x1p-54)
		return x; /* x + x^2/2 rounds to x (and keeps -0) */
	double lo;
	double hi = __w64_expm1_dd(x, 0, &lo);
	double r = hi + lo;
	if (__builtin_isinf(r))
		return __w64_math_error(r, ERANGE);
	return r;
}
