#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float fmaxf(float x, float y)
{
	return (float)fmax(x, y);
}
