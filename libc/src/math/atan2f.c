#include <math.h>

#include "w64_math.h"

/* In double (within 1 ulp of double), rounded once to float: see __w64_narrowf. */
float atan2f(float x, float y)
{
	return __w64_narrowf(atan2(x, y));
}
