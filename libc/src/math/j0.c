#include <math.h>

#include "w64_math.h"

/* Bessel's J0, even: 1 at 0, 0 at the infinities. */
double j0(double x)
{
	if (x != x)
		return x + x;
	x = __builtin_fabs(x);
	if (__builtin_isinf(x))
		return 0;
	if (x < 0x1p-27) /* 1 - x^2/4 rounds to 1 */
		return 1;
	double lo, hi = __w64_bessel01(0, 0, x, &lo);
	return hi + lo;
}
