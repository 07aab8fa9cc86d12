#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* atan(sqrt(1 - x^2) / |x|), or pi - it for x < 0, with numerator and
 * denominator as hi + lo. */
w64_f128 __w64_acosq(w64_f128 x)
{
	static const w64_f128 pi_hi = W64_QC(0x1.921fb54442d18469898cc51701b8p+1);
	static const w64_f128 pi_lo = W64_QC(0x1.cd129024e088a67cc74020bbea64p-114);
	static const w64_f128 pio2 = W64_QC(0x1.921fb54442d18469898cc51701b8p+0);
	if (w64_isnanq(x))
		return x + x;
	w64_f128 ax = w64_fabsq(x);
	if (ax > 1)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (x == 0)
		return pio2;
	if (ax == 1)
		return x > 0 ? 0 : pi_hi + pi_lo;
	w64_f128 cl, l;
	w64_f128 c = __w64_asinq_cofactor(ax, &cl);
	w64_f128 h = __w64_atanq_ratio(c, cl, ax, 0, &l);
	if (x > 0)
		return h + l;
	w64_f128 e;
	w64_f128 s = w64_q_two_sum(pi_hi, -h, &e);
	return s + (e + pi_lo - l);
}

long double acosl(long double x)
{
	return (long double)__w64_acosq(x);
}
