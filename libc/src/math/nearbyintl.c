#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* wasm has no floating-point exceptions: rint without the inexact flag. */
w64_f128 __w64_nearbyintq(w64_f128 x)
{
	return __w64_rintq(x);
}

long double nearbyintl(long double x)
{
	return (long double)__w64_nearbyintq(x);
}
