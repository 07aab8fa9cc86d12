#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* ERANGE when a finite non-zero x becomes infinite or zero. */
double scalbn(double x, int n)
{
	double r = __w64_scale(x, n);
	if ((__builtin_isinf(r) && !__builtin_isinf(x)) || (r == 0 && x != 0))
		return __w64_math_error(r, ERANGE);
	return r;
}
