#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* acosh x = log(x + sqrt(x^2 - 1)) = log1p((x - 1) + sqrt((x - 1)(x + 1)))
 * in double-double; above 2^28, log(2x). */
double acosh(double x)
{
	static const double ln2_hi = 0x1.62e42fefa39efp-1, ln2_lo = 0x1.abc9e3b39803fp-56;
	if (!(x >= 1))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (x == 1)
		return 0.0;
	if (__builtin_isinf(x))
		return x;
	double hi, lo;
	if (x > 0x1p28) {
		hi = __w64_log_dd(x, 0, &lo);
		hi = w64_dd_add(hi, lo, ln2_hi, ln2_lo, &lo);
	} else {
		double pe;
		double p = w64_two_prod(x, x, &pe);
		double dl;
		double dh = w64_dd_add(p, pe, -1, 0, &dl);
		double sl;
		double sh = w64_dd_sqrt(dh, dl, &sl);
		double ml;
		double mh = w64_two_sum(x, -1, &ml);
		sh = w64_dd_add(sh, sl, mh, ml, &sl);
		double ul;
		double uh = w64_dd_add(1, 0, sh, sl, &ul);
		hi = __w64_log_dd(uh, ul, &lo);
	}
	return hi + lo;
}
