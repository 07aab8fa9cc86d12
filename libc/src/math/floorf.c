#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float floorf(float x)
{
	return (float)floor(x);
}
