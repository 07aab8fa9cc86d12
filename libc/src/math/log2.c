#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log(x) / ln2 in double-double: exact powers of two give exact results. */
double log2(double x)
{
	static const double inv_hi = 0x1.71547652b82fep+0, inv_lo = 0x1.777d0ffda0d24p-56;
	if (x == 0)
		return __w64_math_error(-HUGE_VAL, ERANGE);
	if (!(x > 0))
		return x != x ? x + x : __w64_math_error(__builtin_nan(""), EDOM);
	if (x == HUGE_VAL)
		return x;
	double lo;
	double hi = __w64_log_dd(x, 0, &lo);
	hi = w64_dd_mul(hi, lo, inv_hi, inv_lo, &lo);
	return hi + lo;
}
