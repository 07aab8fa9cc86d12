#include <math.h>

#include "w64_math.h"

/* asinh|x| = log1p(|x| + x^2 / (1 + sqrt(1 + x^2))), all in double-double;
 * above 2^28, log(2|x|). */
double asinh(double x)
{
	static const double ln2_hi = 0x1.62e42fefa39efp-1, ln2_lo = 0x1.abc9e3b39803fp-56;
	double ax = __builtin_fabs(x);
	if (ax != ax || __builtin_isinf(ax))
		return x + x;
	if (ax < 0x1p-27)
		return x;
	double hi, lo;
	if (ax > 0x1p28) {
		hi = __w64_log_dd(ax, 0, &lo);
		hi = w64_dd_add(hi, lo, ln2_hi, ln2_lo, &lo);
	} else {
		double pe;
		double p = w64_two_prod(ax, ax, &pe);
		double sl;
		double sh = w64_dd_add(1, 0, p, pe, &sl);
		sh = w64_dd_sqrt(sh, sl, &sl);
		sh = w64_dd_add(sh, sl, 1, 0, &sl);
		double tl;
		double th = w64_dd_div(p, pe, sh, sl, &tl);
		th = w64_dd_add(th, tl, ax, 0, &tl);
		double ul;
		double uh = w64_dd_add(1, 0, th, tl, &ul);
		hi = __w64_log_dd(uh, ul, &lo);
	}
	double r = hi + lo;
	return x < 0 ? -r : r;
}
