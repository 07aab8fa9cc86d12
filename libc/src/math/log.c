#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log: __w64_log_dd (a table of log(1 + j/128) and a degree-9 series for
 * the rest), rounded once. */
double log(double x)
{
	if (x == 0)
		return __w64_math_error(-HUGE_VAL, ERANGE);
	if (!(x > 0))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (x == HUGE_VAL)
		return x;
	double lo;
	double hi = __w64_log_dd(x, 0, &lo);
	return hi + lo;
}
