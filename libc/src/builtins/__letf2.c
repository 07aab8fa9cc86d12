#include "w64_f128.h"

/* Non-positive iff a <= b. */
int __letf2(w64_f128 a, w64_f128 b)
{
	return __w64_cmpf128(a, b, 1);
}
