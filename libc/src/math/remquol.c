#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_remquoq(w64_f128 x, w64_f128 y, int *quo)
{
	return __w64_remquoq_k(x, y, quo, 1);
}

long double remquol(long double x, long double y, int *quo)
{
	return (long double)__w64_remquoq(x, y, quo);
}
