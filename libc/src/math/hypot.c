#include <errno.h>
#include <math.h>

#include "w64_math.h"

/*
 * sqrt(x^2 + y^2) with both squares exact and the sum and square root in
 * double-double, after scaling both by the same power of two so that
 * nothing overflows or underflows; the result is rounded once and scaled
 * back.
 */
double hypot(double x, double y)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (__builtin_isinf(ax) || __builtin_isinf(ay))
		return HUGE_VAL;
	if (ax != ax || ay != ay)
		return ax + ay;
	if (ax < ay) {
		double t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0)
		return ax;
	int e;
	frexp(ax, &e);
	if (e - 60 > ilogb(ay) + 1) {
		/* y^2 is below 2^-120 x^2: sqrt(x^2 + y^2) rounds to x. */
		return ax + ay * 0x1p-60;
	}
	ax = __w64_scale(ax, -e);
	ay = __w64_scale(ay, -e);
	double xe, ye;
	double x2 = w64_two_prod(ax, ax, &xe), y2 = w64_two_prod(ay, ay, &ye);
	double sl;
	double sh = w64_dd_add(x2, xe, y2, ye, &sl);
	sh = w64_dd_sqrt(sh, sl, &sl);
	double r = __w64_scale(sh + sl, e);
	if (__builtin_isinf(r))
		return __w64_math_error(r, ERANGE);
	return r;
}
