#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* x - n pi/2 = r (double-double), then +-sin or +-cos of r by n mod 4. */
double sin(double x)
{
	if (__builtin_isinf(x))
		return __w64_math_error(x - x, EDOM);
	if (x == 0) /* keeps -0's sign, which the kernel's sum would lose */
		return x;
	double y[2], lo, hi;
	switch (__w64_rem_pio2(x, y)) {
	case 0:
		hi = __w64_sin_dd(y[0], y[1], &lo);
		return hi + lo;
	case 1:
		hi = __w64_cos_dd(y[0], y[1], &lo);
		return hi + lo;
	case 2:
		hi = __w64_sin_dd(y[0], y[1], &lo);
		return -(hi + lo);
	default:
		hi = __w64_cos_dd(y[0], y[1], &lo);
		return -(hi + lo);
	}
}
