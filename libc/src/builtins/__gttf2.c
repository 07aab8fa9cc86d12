#include "w64_f128.h"

/* Positive iff a > b. */
int __gttf2(w64_f128 a, w64_f128 b)
{
	return __w64_cmpf128(a, b, -1);
}
