#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* The series below 1, 1 - erfc above (erfc(1) = 0.157), 1 from 9 on. */
w64_f128 __w64_erfq(w64_f128 x)
{
	if (w64_isnanq(x) || x == 0)
		return x + x;
	w64_f128 ax = w64_fabsq(x), r;
	if (ax <= 1) {
		w64_f128 lo;
		w64_f128 h = __w64_erfq_small(x, &lo);
		return h + lo;
	}
	r = ax >= 9 ? 1 : 1 - __w64_erfcq_big(ax); /* |x| > 1: erfc(x) < 0.16 */
	return x < 0 ? -r : r;
}

long double erfl(long double x)
{
	return (long double)__w64_erfq(x);
}
