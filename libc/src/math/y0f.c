#include <math.h>

#include "w64_math.h"

/* In double, rounded once to float (__w64_narrowf). */
float y0f(float x)
{
	return __w64_narrowf(y0(x));
}
