#include <math.h>

#include "w64_math.h"

float nexttowardf(float x, long double y)
{
	if (x != x || y != y)
		return (float)((long double)x + y);
	if ((long double)x == y)
		return (float)y;
	return nextafterf(x, (long double)x < y ? HUGE_VALF : -HUGE_VALF);
}
