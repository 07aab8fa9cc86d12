#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_fabsq(w64_f128 x)
{
	return w64_fabsq(x);
}

long double fabsl(long double x)
{
	return (long double)__w64_fabsq(x);
}
