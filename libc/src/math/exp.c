#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* __w64_exp_core (a table of 2^(j/128), a degree-6 polynomial), rounded
 * once and scaled.  Results below DBL_MIN (never exact) set ERANGE. */
double exp(double x)
{
	if (!(x <= 709.8)) { /* NaN, +inf, overflow */
		if (x != x || x == HUGE_VAL)
			return x + x;
		return __w64_math_error(HUGE_VAL, ERANGE);
	}
	if (x < -745.2)
		return x == -HUGE_VAL ? 0 : __w64_math_error(0, ERANGE);
	int k;
	double lo;
	double hi = __w64_exp_core(x, 0, &k, &lo);
	double r = __w64_scale(hi + lo, k);
	if (__builtin_isinf(r) || r < 0x1p-1022)
		return __w64_math_error(r, ERANGE);
	return r;
}
