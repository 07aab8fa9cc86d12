#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log(x) / ln10 in double-double: exact powers of ten give exact results. */
double log10(double x)
{
	static const double inv_hi = 0x1.bcb7b1526e50ep-2, inv_lo = 0x1.95355baaafad3p-57;
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
