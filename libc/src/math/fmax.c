#include <math.h>

/* A NaN argument is ignored; +0 is larger than -0. */
double fmax(double x, double y)
{
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y)
		return __builtin_signbit(x) ? y : x;
	return x > y ? x : y;
}
