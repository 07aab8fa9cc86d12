#include <math.h>

#include "w64_math.h"

/* The difference of two floats in double rounds, if at all, where the
 * float rounding gives the same result (the smaller operand is then below
 * 2^-29 of the larger); overflow sets ERANGE in __w64_narrowf. */
float fdimf(float x, float y)
{
	if (x != x || y != y)
		return x + y;
	return x > y ? __w64_narrowf((double)x - y) : 0.0f;
}
