#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Bessel's Yn: Y(-n) = (-1)^n Yn; defined for x > 0, the pole at 0
 * (-inf, or +inf for odd negative n; ERANGE), NaN below (EDOM), 0 at
 * +inf; ERANGE when the result overflows. */
double yn(int n, double x)
{
	if (x != x)
		return x + x;
	unsigned long m = n < 0 ? -(unsigned long)n : (unsigned long)n;
	int neg = n < 0 && (m & 1);
	if (x < 0)
		return __w64_math_error((x - x) / 0.0, EDOM);
	if (x == 0)
		return __w64_math_error(neg ? HUGE_VAL : -HUGE_VAL, ERANGE);
	double r;
	if (__builtin_isinf(x)) {
		r = 0;
	} else if (m == 0) {
		r = y0(x);
	} else if (m == 1) {
		r = y1(x);
	} else {
		double lo, hi = __w64_besselyn((long)m, x, &lo);
		r = __builtin_isinf(hi) ? hi : hi + lo;
		if (__builtin_isinf(r))
			__w64_math_error(r, ERANGE);
	}
	return neg ? -r : r;
}
