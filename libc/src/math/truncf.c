#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float truncf(float x)
{
	return (float)trunc(x);
}
