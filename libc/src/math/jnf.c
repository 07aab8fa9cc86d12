#include <math.h>

#include "w64_math.h"

/* In double, rounded once to float (__w64_narrowf). */
float jnf(int n, float x)
{
	return __w64_narrowf(jn(n, x));
}
