#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_modfq(w64_f128 x, w64_f128 *ip)
{
	w64_f128 t = __w64_truncq(x);
	*ip = t;
	if (w64_isinfq(x))
		return w64_copysignq(0, x);
	return w64_copysignq(x - t, x);
}

long double modfl(long double x, long double *ip)
{
	w64_f128 i;
	w64_f128 f = __w64_modfq(x, &i);
	*ip = (long double)i;
	return (long double)f;
}
