#include <errno.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_atanq(w64_f128 x)
{
	if (w64_isnanq(x))
		return x + x;
	if (x == 0)
		return x;
	w64_f128 lo;
	w64_f128 h = __w64_atanq_k(w64_fabsq(x), &lo);
	w64_f128 r = h + lo;
	return x < 0 ? -r : r;
}

long double atanl(long double x)
{
	return (long double)__w64_atanq(x);
}
