#include <math.h>

#include "w64_math.h"

double fabs(double x)
{
	return w64_double(w64_bits(x) & ~(UINT64_C(1) << 63));
}
