#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* e^(x ln10), x ln10 as hi + lo in binary128. */
w64_f128 __w64_exp10q(w64_f128 x)
{
	static const w64_f128 ln10_hi = W64_QC(0x1.26bb1bbb5551582dd4adac5705a6p+1);
	static const w64_f128 ln10_lo = W64_QC(0x1.451c51fd9f3b4bbf21d078c3d040p-115);
	if (w64_isnanq(x))
		return x + x;
	if (x > W64_QC(4932.08))
		return w64_isinfq(x) ? x : __w64_math_errorq(W64_Q_INF, ERANGE);
	if (x < W64_QC(-4965.6))
		return w64_isinfq(x) ? 0 : __w64_math_errorq(0, ERANGE);
	w64_f128 e;
	w64_f128 p = w64_q_two_prod(x, ln10_hi, &e);
	e += x * ln10_lo;
	w64_f128 r = __w64_expq_core(p, e, 0);
	if (w64_isinfq(r) || w64_expq(r) == 0)
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double exp10l(long double x)
{
	return (long double)__w64_exp10q(x);
}
