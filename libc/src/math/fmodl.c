#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_fmodq(w64_f128 x, w64_f128 y)
{
	return __w64_remquoq_k(x, y, 0, 0);
}

long double fmodl(long double x, long double y)
{
	return (long double)__w64_fmodq(x, y);
}
