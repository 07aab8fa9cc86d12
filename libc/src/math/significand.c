#include <math.h>

/* x scaled into [1, 2) keeping its sign: x 2^-ilogb(x).  Zeros,
 * infinities and NaNs come back as they are (as in glibc). */
double significand(double x)
{
	if (x != x)
		return x + x;
	if (x == 0 || __builtin_isinf(x))
		return x;
	int e;
	return 2 * frexp(x, &e);
}
