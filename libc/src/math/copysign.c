#include <math.h>

#include "w64_math.h"

double copysign(double x, double y)
{
	return w64_double((w64_bits(x) & ~(UINT64_C(1) << 63)) | (w64_bits(y) & UINT64_C(1) << 63));
}
