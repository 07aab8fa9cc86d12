#include <math.h>

#include "w64_math.h"

/* Halfway cases away from zero: the fraction x - trunc(x) is exact. */
double round(double x)
{
	double t = trunc(x);
	double f = x - t;
	if (f >= 0.5)
		return t + 1;
	if (f <= -0.5)
		return t - 1;
	return t;
}
