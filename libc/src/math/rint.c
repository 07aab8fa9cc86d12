#include <math.h>

#include "w64_math.h"

/* To nearest, ties to even (the only rounding mode): below 2^52, adding
 * and subtracting 2^52 rounds away the fraction bits; the sign of zero is
 * kept. */
double rint(double x)
{
	double ax = __builtin_fabs(x);
	if (!(ax < 0x1p52))
		return x + 0.0;
	double r = (ax + 0x1p52) - 0x1p52;
	return copysign(r, x);
}
