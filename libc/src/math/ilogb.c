#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* 0, infinity and NaN are domain errors (EDOM), as in glibc. */
int ilogb(double x)
{
	if (x == 0 || x != x) {
		__w64_math_error(0, EDOM);
		return x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	if (__builtin_isinf(x)) {
		__w64_math_error(0, EDOM);
		return INT_MAX;
	}
	int e;
	frexp(x, &e);
	return e - 1;
}
