#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_fminq(w64_f128 x, w64_f128 y)
{
	if (w64_isnanq(x))
		return y;
	if (w64_isnanq(y))
		return x;
	if (x == y) /* -0 is the smaller zero */
		return w64_bitsq(x) & W64_Q_SIGN ? x : y;
	return x < y ? x : y;
}

long double fminl(long double x, long double y)
{
	return (long double)__w64_fminq(x, y);
}
