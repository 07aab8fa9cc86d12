#include <math.h>

#include "w64_math.h"

float copysignf(float x, float y)
{
	return __builtin_copysignf(x, y);
}
