#include <math.h>

#include "w64_math.h"

float modff(float x, float *ip)
{
	double i;
	double f = modf(x, &i);
	*ip = (float)i;
	return (float)f;
}
