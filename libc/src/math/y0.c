#include <math.h>

#include "w64_math.h"

/* Bessel's Y0: see __w64_bessel_y for its special cases. */
double y0(double x)
{
	return __w64_bessel_y(0, x);
}
