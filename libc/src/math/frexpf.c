#include <math.h>

#include "w64_math.h"

/* A float is a double exactly (subnormals are normal there). */
float frexpf(float x, int *e)
{
	return (float)frexp(x, e);
}
