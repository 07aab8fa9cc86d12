#include <math.h>

#include "w64_math.h"

float exp10f(float x)
{
	return __w64_narrowf(exp10(x));
}
