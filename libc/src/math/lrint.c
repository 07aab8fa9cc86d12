#include <limits.h>
#include <math.h>

/* Out of range or NaN: LONG_MIN, as x86 and glibc give (C leaves the
 * value unspecified); errno is left alone. */
long lrint(double x)
{
	double r = rint(x);
	if (!(r >= -0x1p63 && r < 0x1p63))
		return LONG_MIN;
	return (long)r;
}
