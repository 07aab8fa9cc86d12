#include <math.h>

double fmin(double x, double y)
{
	if (x != x)
		return y;
	if (y != y)
		return x;
	if (x == y)
		return __builtin_signbit(x) ? x : y;
	return x < y ? x : y;
}
