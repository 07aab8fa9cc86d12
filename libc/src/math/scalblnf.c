#include <math.h>

#include "w64_math.h"

/* x 2^n is exact in double for |n| <= 400 (beyond, the float result is
 * 0 or infinite anyway), then rounded once; ERANGE from __w64_narrowf. */
float scalblnf(float x, long n)
{
	if (n > 400)
		n = 400;
	if (n < -400)
		n = -400;
	return __w64_narrowf(__w64_scale(x, n));
}
