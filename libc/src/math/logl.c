#include <errno.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_logq(w64_f128 x)
{
	return __w64_logq_times(x, 1, 0);
}

long double logl(long double x)
{
	return (long double)__w64_logq(x);
}
