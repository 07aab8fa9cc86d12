#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* Bessel's Jn: J(-n) = (-1)^n Jn and Jn(-x) = (-1)^n Jn(x); 0 (signed so)
 * at 0 for n != 0 and at the infinities; ERANGE for an inexact result
 * below DBL_MIN. */
double jn(int n, double x)
{
	if (x != x)
		return x + x;
	unsigned long m = n < 0 ? -(unsigned long)n : (unsigned long)n;
	int neg = n < 0 && (m & 1);
	if (__builtin_signbit(x)) {
		x = -x;
		neg ^= (int)(m & 1);
	}
	double r;
	if (m == 0)
		return j0(x);
	if (m == 1) {
		r = j1(x);
	} else if (x == 0 || __builtin_isinf(x)) {
		r = 0;
	} else {
		double lo, hi = __w64_besseljn((long)m, x, &lo);
		r = hi + lo;
		if (r == 0 || __builtin_fabs(r) < 0x1p-1022)
			__w64_math_error(r, ERANGE);
	}
	return neg ? -r : r;
}
