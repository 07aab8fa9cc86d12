#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_logbq(w64_f128 x)
{
	if (x == 0)
		return __w64_math_errorq(-W64_Q_INF, ERANGE); /* pole error */
	if (w64_isnanq(x))
		return x + x;
	if (w64_isinfq(x))
		return W64_Q_INF;
	int e;
	__w64_frexpq(x, &e);
	return e - 1;
}

long double logbl(long double x)
{
	return (long double)__w64_logbq(x);
}
