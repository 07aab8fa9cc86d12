#include <errno.h>
#include <math.h>

#include "w64_math.h"

double fdim(double x, double y)
{
	if (x != x || y != y)
		return x + y;
	if (!(x > y))
		return 0.0;
	double r = x - y;
	if (__builtin_isinf(r) && !__builtin_isinf(x) && !__builtin_isinf(y))
		return __w64_math_error(r, ERANGE);
	return r;
}
