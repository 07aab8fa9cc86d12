#include <limits.h>
#include <math.h>

long lround(double x)
{
	double r = round(x);
	if (!(r >= -0x1p63 && r < 0x1p63))
		return LONG_MIN;
	return (long)r;
}
