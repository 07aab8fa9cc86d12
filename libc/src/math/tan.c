#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* sin(r)/cos(r), or -cos(r)/sin(r) for odd n, divided in double-double. */
double tan(double x)
{
	if (__builtin_isinf(x))
		return __w64_math_error(x - x, EDOM);
	if (__builtin_fabs(x) < 0x1p-27)
		return x; /* x + x^3/3 rounds to x */
	double y[2], sl, cl, lo;
	int n = __w64_rem_pio2(x, y);
	double sh = __w64_sin_dd(y[0], y[1], &sl);
	double ch = __w64_cos_dd(y[0], y[1], &cl);
	double q = n & 1 ? -w64_dd_div(ch, cl, sh, sl, &lo) : w64_dd_div(sh, sl, ch, cl, &lo);
	return n & 1 ? q - lo : q + lo;
}
