#include <math.h>

#include "w64_math.h"

/* Exact in double, and the double result is a float. */
float fmodf(float x, float y)
{
	return (float)fmod(x, y);
}
