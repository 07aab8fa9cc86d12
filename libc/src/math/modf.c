#include <math.h>

#include "w64_math.h"

double modf(double x, double *ip)
{
	double t = trunc(x);
	*ip = t;
	if (__builtin_isinf(x))
		return copysign(0.0, x);
	return copysign(x - t, x); /* NaN - NaN is NaN; keeps -0 */
}
