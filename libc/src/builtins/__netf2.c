#include "w64_f128.h"

/* Non-zero when not equal (or unordered). */
int __netf2(w64_f128 a, w64_f128 b)
{
	return __w64_cmpf128(a, b, 1);
}
