#include <math.h>

#include "w64_math.h"

/* In double, rounded once to float (__w64_narrowf). */
float ynf(int n, float x)
{
	return __w64_narrowf(yn(n, x));
}
