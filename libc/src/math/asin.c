#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* asin x = atan(x / sqrt(1 - x^2)), every step in double-double (1 - x^2
 * from the exact square, so no accuracy is lost near |x| = 1). */
double asin(double x)
{
	static const double pio2_hi = 0x1.921fb54442d18p+0, pio2_lo = 0x1.1a62633145c07p-54;
	double ax = __builtin_fabs(x);
	if (!(ax <= 1))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (ax < 0x1p-27)
		return x; /* x + x^3/6 rounds to x */
	double r;
	if (ax == 1) {
		r = pio2_hi + pio2_lo;
	} else {
		double pe;
		double p = w64_two_prod(ax, ax, &pe);
		double dl;
		double dh = w64_fast_two_sum(1, -p, &dl);
		dl -= pe;
		double sl;
		double sh = w64_dd_sqrt(dh, dl, &sl);
		double tl;
		double th = w64_dd_div(ax, 0, sh, sl, &tl);
		double hi = __w64_atan_dd(th, tl, &tl);
		r = hi + tl;
	}
	return x < 0 ? -r : r;
}
