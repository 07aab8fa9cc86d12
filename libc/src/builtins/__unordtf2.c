#include "w64_f128.h"

/* Non-zero iff a or b is a NaN. */
int __unordtf2(w64_f128 a, w64_f128 b)
{
	return __w64_cmpf128(a, b, 2) == 2;
}
