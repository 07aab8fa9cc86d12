#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* atan(|x| / sqrt(1 - x^2)), numerator and denominator as hi + lo. */
w64_f128 __w64_asinq(w64_f128 x)
{
	if (w64_isnanq(x))
		return x + x;
	w64_f128 ax = w64_fabsq(x);
	if (ax > 1)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (ax < W64_QC(0x1p-60))
		return x;
	w64_f128 r;
	if (ax == 1) {
		r = W64_QC(0x1.921fb54442d18469898cc51701b8p+0);
	} else {
		w64_f128 cl, l;
		w64_f128 c = __w64_asinq_cofactor(ax, &cl);
		w64_f128 h = __w64_atanq_ratio(ax, 0, c, cl, &l);
		r = h + l;
	}
	return x < 0 ? -r : r;
}

long double asinl(long double x)
{
	return (long double)__w64_asinq(x);
}
