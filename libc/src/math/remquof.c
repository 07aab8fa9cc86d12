#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float remquof(float x, float y, int *quo)
{
	return (float)remquo(x, y, quo);
}
