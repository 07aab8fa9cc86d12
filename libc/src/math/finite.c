#include <math.h>

/* BSD: isfinite as a function. */
int finite(double x)
{
	return __builtin_isfinite(x);
}
