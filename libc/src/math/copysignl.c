#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_copysignq(w64_f128 x, w64_f128 y)
{
	return w64_copysignq(x, y);
}

long double copysignl(long double x, long double y)
{
	return (long double)__w64_copysignq(x, y);
}
