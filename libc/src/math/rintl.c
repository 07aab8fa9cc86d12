#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* Round half even: adding and subtracting 2^112 leaves |x| < 2^112
 * rounded to an integer (one rounding, to nearest even). */
w64_f128 __w64_rintq(w64_f128 x)
{
	static const w64_f128 two112 = 5192296858534827628530496329220096.0L;
	w64_f128 a = w64_fabsq(x);
	if (!(a < two112))
		return x + x * 0; /* integer already, or inf/NaN */
	w64_f128 r = (a + two112) - two112;
	return w64_copysignq(r, x);
}

long double rintl(long double x)
{
	return (long double)__w64_rintq(x);
}
