#include <errno.h>
#include <math.h>

#include "w64_math.h"

double nexttoward(double x, long double y)
{
	if (x != x || y != y)
		return (double)((long double)x + y);
	if ((long double)x == y)
		return (double)y;
	return nextafter(x, (long double)x < y ? HUGE_VAL : -HUGE_VAL);
}
