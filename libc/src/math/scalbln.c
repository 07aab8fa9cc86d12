#include <errno.h>
#include <math.h>

#include "w64_math.h"

double scalbln(double x, long n)
{
	double r = __w64_scale(x, n);
	if ((__builtin_isinf(r) && !__builtin_isinf(x)) || (r == 0 && x != 0))
		return __w64_math_error(r, ERANGE);
	return r;
}
