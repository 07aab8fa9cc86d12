#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Below 1/2, 1 - erf (erf(1/2) = 0.52); above, e^(-x^2) erfcx(x) from the
 * kernel, rounded once as it is scaled; 2 - erfc(-x) for x < 0.  Results
 * below DBL_MIN set ERANGE; from 27.3 on erfc underflows to 0. */
double erfc(double x)
{
	if (x != x)
		return x + x;
	if (__builtin_fabs(x) < 0.5) {
		double lo;
		double hi = __w64_erf_small_dd(x, &lo);
		double sl;
		double s = w64_fast_two_sum(1, -hi, &sl);
		return s + (sl - lo);
	}
	if (x < 0) {
		if (x < -6)
			return 2;
		int k;
		double lo;
		double hi = __w64_erfc_pos_dd(-x, &k, &lo);
		hi = __w64_scale(hi, k);
		lo = __w64_scale(lo, k);
		double sl;
		double s = w64_fast_two_sum(2, -hi, &sl);
		return s + (sl - lo);
	}
	if (x >= 27.3)
		return x == HUGE_VAL ? 0 : __w64_math_error(0, ERANGE);
	int k;
	double lo;
	double hi = __w64_erfc_pos_dd(x, &k, &lo);
	double r = __w64_scale(hi + lo, k);
	if (r < 0x1p-1022)
		return __w64_math_error(r, ERANGE);
	return r;
}
