#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* One step of the bit pattern toward y; ERANGE when the step overflows or
 * lands below FLT_MIN (as glibc). */
float nextafterf(float x, float y)
{
	if (x != x || y != y)
		return x + y;
	if (x == y)
		return y;
	uint32_t u = w64_bitsf(x);
	if (x == 0)
		u = (w64_bitsf(y) & UINT32_C(1) << 31) | 1;
	else if ((x < y) == (x > 0))
		u++;
	else
		u--;
	float r = w64_float(u);
	if (__builtin_isinf(r) || __builtin_fabsf(r) < 0x1p-126f)
		return __w64_math_errorf(r, ERANGE);
	return r;
}
