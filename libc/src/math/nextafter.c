#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* One step of the bit pattern toward y; ERANGE when the step overflows or
 * lands below DBL_MIN (as glibc). */
double nextafter(double x, double y)
{
	if (x != x || y != y)
		return x + y;
	if (x == y)
		return y;
	uint64_t u = w64_bits(x);
	if (x == 0)
		u = (w64_bits(y) & UINT64_C(1) << 63) | 1;
	else if ((x < y) == (x > 0))
		u++;
	else
		u--;
	double r = w64_double(u);
	if (__builtin_isinf(r) || __builtin_fabs(r) < 0x1p-1022)
		return __w64_math_error(r, ERANGE);
	return r;
}
