#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* Out of range or NaN: LONG_MIN, as lround (errno left alone). */
long __w64_lrintq(w64_f128 x)
{
	w64_f128 r = __w64_rintq(x);
	if (!(r >= -9223372036854775808.0L && r < 9223372036854775808.0L))
		return LONG_MIN;
	return (long)r;
}

long lrintl(long double x)
{
	return __w64_lrintq(x);
}
