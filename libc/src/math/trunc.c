#include <math.h>

#include "w64_math.h"

/* Clears the fraction bits below the units. */
double trunc(double x)
{
	uint64_t u = w64_bits(x);
	int e = (int)(u >> 52 & 0x7ff) - 1023;
	if (e >= 52)
		return x + 0.0; /* integral, infinite or NaN (quieted) */
	if (e < 0)
		return w64_double(u & UINT64_C(1) << 63);
	return w64_double(u & ~((UINT64_C(1) << (52 - e)) - 1));
}
