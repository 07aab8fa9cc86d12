#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* e^(x ln10) with x ln10 as hi + lo (ln10 in two parts), so the product's
 * rounding does not become an error of x ulp-sized relative. */
double exp10(double x)
{
	static const double ln10_hi = 0x1.26bb1bbb55516p+1, ln10_lo = -0x1.f48ad494ea3e9p-53;
	if (!(x <= 308.26)) { /* NaN, +inf, overflow */
		if (x != x || x == HUGE_VAL)
			return x + x;
		return __w64_math_error(HUGE_VAL, ERANGE);
	}
	if (x < -323.7)
		return x == -HUGE_VAL ? 0 : __w64_math_error(0, ERANGE);
	double e;
	double p = w64_two_prod(x, ln10_hi, &e);
	e += x * ln10_lo;
	int k;
	double lo;
	double hi = __w64_exp_core(p, e, &k, &lo);
	double r = __w64_scale(hi + lo, k);
	if (__builtin_isinf(r) || r < 0x1p-1022)
		return __w64_math_error(r, ERANGE);
	return r;
}
