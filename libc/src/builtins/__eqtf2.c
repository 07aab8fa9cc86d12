#include "w64_f128.h"

/* 0 when equal, non-zero when not (or unordered). */
int __eqtf2(w64_f128 a, w64_f128 b)
{
	return __w64_cmpf128(a, b, 1);
}
