#include <math.h>

#include "w64_math.h"

/* A float is a double exactly, and the result is the same. */
int ilogbf(float x)
{
	return ilogb(x);
}
