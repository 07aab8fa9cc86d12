#include <errno.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_log1pq(w64_f128 x)
{
	if (w64_isnanq(x) || x == 0)
		return x + x;
	if (x == -1)
		return __w64_math_errorq(-W64_Q_INF, ERANGE);
	if (x < -1)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (w64_isinfq(x))
		return x;
	return __w64_log1pq_core(x);
}

long double log1pl(long double x)
{
	return (long double)__w64_log1pq(x);
}
