#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_floorq(w64_f128 x)
{
	w64_f128 t = __w64_truncq(x);
	return t > x ? t - 1 : t;
}

long double floorl(long double x)
{
	return (long double)__w64_floorq(x);
}
