#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Bessel's J1, odd: x/2 near 0, 0 (with x's sign) at the infinities;
 * ERANGE when x/2 is inexact below DBL_MIN. */
double j1(double x)
{
	if (x != x)
		return x + x;
	double ax = __builtin_fabs(x);
	if (__builtin_isinf(x))
		return __builtin_copysign(0, x);
	if (ax < 0x1p-27) { /* x/2 (1 - x^2/8) rounds to x/2 */
		double r = 0.5 * x;
		if (x != 0 && (r == 0 || (__builtin_fabs(r) < 0x1p-1022 && r * 2 != x)))
			return __w64_math_error(r, ERANGE);
		return r;
	}
	double lo, hi = __w64_bessel01(0, 1, ax, &lo);
	double r = hi + lo;
	return x < 0 ? -r : r;
}
