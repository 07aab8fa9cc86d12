#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Below 1/2 its series; above, 1 - erfc (erfc(1/2) = 0.48: little cancellation);
 * from 6 on erf rounds to 1. */
double erf(double x)
{
	double ax = __builtin_fabs(x);
	if (x != x)
		return x + x;
	double r;
	if (ax < 0x1p-60) {
		if (x == 0)
			return x;
		/* 2/sqrt(pi) x: hi times x, then its low part. */
		r = x * 0x1.20dd750429b6dp+0 + x * 0x1.1ae3a914fed80p-56;
		if (__builtin_fabs(r) < 0x1p-1022)
			return __w64_math_error(r, ERANGE);
		return r;
	}
	if (ax < 0.5) {
		double lo;
		double hi = __w64_erf_small_dd(x, &lo);
		return hi + lo;
	}
	if (ax >= 6)
		r = 1;
	else {
		int k;
		double lo;
		double hi = __w64_erfc_pos_dd(ax, &k, &lo);
		hi = __w64_scale(hi, k);
		lo = __w64_scale(lo, k);
		double sl;
		double s = w64_fast_two_sum(1, -hi, &sl);
		r = s + (sl - lo);
	}
	return x > 0 ? r : -r;
}
