#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* 0, infinity and NaN are domain errors (EDOM), as ilogb. */
int __w64_ilogbq(w64_f128 x)
{
	if (x == 0 || w64_isnanq(x)) {
		__w64_math_errorq(0, EDOM);
		return x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	if (w64_isinfq(x)) {
		__w64_math_errorq(0, EDOM);
		return INT_MAX;
	}
	int e;
	__w64_frexpq(x, &e);
	return e - 1;
}

int ilogbl(long double x)
{
	return __w64_ilogbq(x);
}
