#include <math.h>

#include "w64_math.h"

/* Bessel's Y1: see __w64_bessel_y for its special cases. */
double y1(double x)
{
	return __w64_bessel_y(1, x);
}
