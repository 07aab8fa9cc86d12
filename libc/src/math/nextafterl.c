#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* One step of the bit pattern toward y; ERANGE when the step overflows or
 * lands below LDBL_MIN. */
w64_f128 __w64_nextafterq(w64_f128 x, w64_f128 y)
{
	if (w64_isnanq(x) || w64_isnanq(y))
		return x + y;
	if (x == y)
		return y;
	w64_u128q u = w64_bitsq(x);
	if (x == 0)
		u = (w64_bitsq(y) & W64_Q_SIGN) | 1;
	else if ((x < y) == (x > 0))
		u++;
	else
		u--;
	w64_f128 r = w64_quad(u);
	if (w64_isinfq(r) || w64_expq(r) == 0)
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double nextafterl(long double x, long double y)
{
	return (long double)__w64_nextafterq(x, y);
}
