#include <math.h>

#include "w64_math.h"

double frexp(double x, int *e)
{
	uint64_t u = w64_bits(x);
	int ex = (int)(u >> 52 & 0x7ff);
	if (ex == 0x7ff || x == 0) {
		*e = 0;
		return x + x; /* zero, infinity, NaN */
	}
	int adj = 0;
	if (ex == 0) {
		u = w64_bits(x * 0x1p64);
		ex = (int)(u >> 52 & 0x7ff);
		adj = 64;
	}
	*e = ex - 1022 - adj;
	return w64_double((u & ~(UINT64_C(0x7ff) << 52)) | UINT64_C(0x3fe) << 52);
}
