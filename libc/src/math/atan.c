#include <math.h>

#include "w64_math.h"

double atan(double x)
{
	if (x != x)
		return x + x;
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-27)
		return x; /* x - x^3/3 rounds to x */
	double lo;
	double hi = __w64_atan_dd(ax, 0, &lo);
	double r = hi + lo;
	return x < 0 ? -r : r;
}
