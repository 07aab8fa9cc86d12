#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float logbf(float x)
{
	return (float)logb(x);
}
