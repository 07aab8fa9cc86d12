#include <errno.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_expm1q(w64_f128 x)
{
	if (w64_isnanq(x) || x == 0)
		return x + x;
	if (x > W64_QC(11356.523406294143949491931077970765))
		return w64_isinfq(x) ? x : __w64_math_errorq(W64_Q_INF, ERANGE);
	if (x < -80)
		return -1;
	w64_f128 lo;
	w64_f128 h = __w64_expm1q_dd(x, &lo);
	return h + lo;
}

long double expm1l(long double x)
{
	return (long double)__w64_expm1q(x);
}
