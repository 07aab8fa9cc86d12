#include <math.h>

#include "w64_math.h"

float lgammaf_r(float x, int *sign)
{
	return __w64_narrowf(__w64_lgamma_r(x, sign));
}
