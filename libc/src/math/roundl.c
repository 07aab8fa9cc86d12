#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* Halfway cases away from zero. */
w64_f128 __w64_roundq(w64_f128 x)
{
	w64_f128 t = __w64_truncq(x);
	if (w64_fabsq(x - t) >= 0.5)
		t += w64_copysignq(1, x);
	return t;
}

long double roundl(long double x)
{
	return (long double)__w64_roundq(x);
}
