#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log(1 + x) with 1 + x formed exactly as a double-double. */
double log1p(double x)
{
	if (x == -1)
		return __w64_math_error(-HUGE_VAL, ERANGE);
	if (!(x > -1))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (x == HUGE_VAL)
		return x;
	if (__builtin_fabs(x) < 0x1p-54)
		return x;
	double e;
	double u = w64_two_sum(1, x, &e);
	double lo;
	double hi = __w64_log_dd(u, e, &lo);
	return hi + lo;
}
