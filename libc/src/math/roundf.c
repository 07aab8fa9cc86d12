#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float roundf(float x)
{
	return (float)round(x);
}
