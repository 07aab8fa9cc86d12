#include <errno.h>
#include <math.h>

#include "w64_math.h"

double logb(double x)
{
	if (x == 0)
		return __w64_math_error(-HUGE_VAL, ERANGE); /* pole error */
	if (x != x)
		return x + x;
	if (__builtin_isinf(x))
		return HUGE_VAL;
	int e;
	frexp(x, &e);
	return e - 1;
}
