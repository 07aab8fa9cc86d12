#include "w64_f128.h"

/* libgcc's three-way compare: as __letf2. */
int __cmptf2(w64_f128 a, w64_f128 b)
{
	return __w64_cmpf128(a, b, 1);
}
