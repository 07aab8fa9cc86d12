#include <limits.h>
#include <math.h>

long long llround(double x)
{
	double r = round(x);
	if (!(r >= -0x1p63 && r < 0x1p63))
		return LLONG_MIN;
	return (long long)r;
}
