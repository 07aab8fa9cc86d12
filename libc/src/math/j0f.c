#include <math.h>

#include "w64_math.h"

/* In double, rounded once to float (__w64_narrowf). */
float j0f(float x)
{
	return __w64_narrowf(j0(x));
}
