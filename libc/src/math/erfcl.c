#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* 1 - erf below 1/2 (erf as hi + lo; erfc(1/2) = 0.48), the continued
 * fraction above, 2 - that for x <= -1/2; underflows to 0 (ERANGE) beyond
 * 106.90285 (erfc = 2^-16495, half the smallest subnormal), and is
 * subnormal (ERANGE too) from 106.536 on. */
w64_f128 __w64_erfcq(w64_f128 x)
{
	if (w64_isnanq(x))
		return x + x;
	if (w64_fabsq(x) < W64_QC(0.5)) {
		w64_f128 lo;
		w64_f128 h = __w64_erfq_small(x, &lo);
		return (1 - h) - lo;
	}
	if (x < 0)
		return x < -10 ? 2 : 2 - __w64_erfcq_big(-x);
	if (x > W64_QC(106.903))
		return w64_isinfq(x) ? 0 : __w64_math_errorq(0, ERANGE);
	w64_f128 r = __w64_erfcq_big(x);
	if (w64_expq(r) == 0)
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double erfcl(long double x)
{
	return (long double)__w64_erfcq(x);
}
