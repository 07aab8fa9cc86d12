#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* acos x = atan(sqrt(1 - x^2) / x), or pi minus that for x < 0, in
 * double-double. */
double acos(double x)
{
	static const double pi_hi = 0x1.921fb54442d18p+1, pi_lo = 0x1.1a62633145c07p-53;
	static const double pio2_hi = 0x1.921fb54442d18p+0, pio2_lo = 0x1.1a62633145c07p-54;
	double ax = __builtin_fabs(x);
	if (!(ax <= 1))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (ax < 0x1p-54)
		return pio2_hi + pio2_lo;
	if (x == 1)
		return 0.0;
	if (x == -1)
		return pi_hi + pi_lo;
	double pe;
	double p = w64_two_prod(ax, ax, &pe);
	double dl;
	double dh = w64_fast_two_sum(1, -p, &dl);
	dl -= pe;
	double sl;
	double sh = w64_dd_sqrt(dh, dl, &sl);
	double tl;
	double th = w64_dd_div(sh, sl, ax, 0, &tl);
	double hi = __w64_atan_dd(th, tl, &tl);
	if (x < 0)
		hi = w64_dd_add(pi_hi, pi_lo, -hi, -tl, &tl);
	return hi + tl;
}
