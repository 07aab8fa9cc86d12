#include <math.h>

#include "w64_math.h"

float fabsf(float x)
{
	return __builtin_fabsf(x);
}
