#include <math.h>

#include "w64_math.h"

/* The old BSD name of remainder. */
double drem(double x, double y)
{
	return __w64_remquo(x, y, 0, 1);
}
