#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_ceilq(w64_f128 x)
{
	w64_f128 t = __w64_truncq(x);
	return t < x ? w64_copysignq(t + 1, x) : t;
}

long double ceill(long double x)
{
	return (long double)__w64_ceilq(x);
}
