#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float rintf(float x)
{
	return (float)rint(x);
}
