#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* scalb for float: the same answers (double holds every float exactly,
 * and x 2^n rounds once either way). */
float scalbf(float x, float n)
{
	if (x != x || n != n)
		return x * n;
	if (__builtin_isinf(n)) {
		if (n > 0)
			return x == 0 ? __w64_math_errorf(x * n, EDOM) : x * n;
		return __builtin_isinf(x) ? __w64_math_errorf(x / -n, EDOM) : x / -n;
	}
	if (__builtin_rintf(n) != n)
		return __w64_math_errorf((n - n) / (n - n), EDOM);
	float r = scalbnf(x, n > 65000 ? 65000 : n < -65000 ? -65000 : (int)n);
	if ((__builtin_isinf(r) && !__builtin_isinf(x)) || (r == 0 && x != 0))
		return __w64_math_errorf(r, ERANGE);
	return r;
}
