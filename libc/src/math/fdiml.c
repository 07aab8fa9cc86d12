#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_fdimq(w64_f128 x, w64_f128 y)
{
	if (w64_isnanq(x) || w64_isnanq(y))
		return x + y;
	if (!(x > y))
		return 0;
	w64_f128 r = x - y;
	if (w64_isinfq(r) && !w64_isinfq(x) && !w64_isinfq(y))
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double fdiml(long double x, long double y)
{
	return (long double)__w64_fdimq(x, y);
}
