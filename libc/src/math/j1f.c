#include <math.h>

#include "w64_math.h"

/* In double, rounded once to float (__w64_narrowf). */
float j1f(float x)
{
	return __w64_narrowf(j1(x));
}
