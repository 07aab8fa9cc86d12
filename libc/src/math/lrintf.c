#include <math.h>

#include "w64_math.h"

/* A float is a double exactly, and the result is the same. */
long lrintf(float x)
{
	return lrint(x);
}
