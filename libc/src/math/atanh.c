#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* atanh|x| = log1p(2|x| / (1 - |x|)) / 2 in double-double. */
double atanh(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax <= 1))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (ax == 1)
		return __w64_math_error(x / 0.0, ERANGE);
	if (ax < 0x1p-27)
		return x;
	double dl;
	double dh = w64_two_sum(1, -ax, &dl);
	double ql;
	double qh = w64_dd_div(2 * ax, 0, dh, dl, &ql);
	double ul;
	double uh = w64_dd_add(1, 0, qh, ql, &ul);
	double lo;
	double hi = __w64_log_dd(uh, ul, &lo);
	double r = (hi + lo) / 2;
	return x < 0 ? -r : r;
}
