#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_frexpq(w64_f128 x, int *e)
{
	int ex = w64_expq(x);
	*e = 0;
	if (ex == 0x7fff || x == 0)
		return x + x * 0;
	if (ex == 0) { /* subnormal: make it normal */
		x *= 10384593717069655257060992658440192.0L; /* 2^113 */
		ex = w64_expq(x);
		*e = -113;
	}
	*e += ex - 16382;
	return w64_quad((w64_bitsq(x) & ~((w64_u128q)0x7fff << 112)) | (w64_u128q)16382 << 112);
}

long double frexpl(long double x, int *e)
{
	return (long double)__w64_frexpq(x, e);
}
