#include <math.h>

#include "w64_math.h"

/* In double, rounded once to float (__w64_narrowf). */
float y1f(float x)
{
	return __w64_narrowf(y1(x));
}
