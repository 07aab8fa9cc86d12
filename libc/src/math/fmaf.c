#include <math.h>

#include "w64_math.h"

/*
 * x y is exact in double (48 bits); x y + z is rounded to double with
 * round-to-odd (the two-sum error says which way the exact sum lies), and
 * a value rounded to odd with 53 bits rounds correctly to 24.
 */
float fmaf(float x, float y, float z)
{
	double p = (double)x * y;
	double e;
	double s = w64_two_sum(p, z, &e);
	if (e != 0 && __builtin_isfinite(s) && (w64_bits(s) & 1) == 0)
		s = w64_double(w64_bits(s) + ((e > 0) == (s > 0) ? 1 : -1));
	return (float)s;
}
