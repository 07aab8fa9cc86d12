#include "w64_math.h"

/*
 * x × 2^k, rounded once.  The exponent field is set directly when the
 * result is normal; a subnormal result is made by putting the value 64
 * binades higher (normal) and multiplying by 2^-64, the one rounding.
 */
double __w64_scale(double x, long k)
{
	uint64_t u = w64_bits(x);
	long e = (long)(u >> 52 & 0x7ff);

	if (e == 0x7ff || x == 0)
		return x;
	if (e == 0) {
		u = w64_bits(x * 0x1p64);
		e = (long)(u >> 52 & 0x7ff) - 64;
	}
	if (k > 4000)
		k = 4000;
	if (k < -4000)
		k = -4000;
	e += k;
	if (e >= 0x7ff) /* infinity of x's sign */
		return w64_double((u & UINT64_C(1) << 63) | UINT64_C(0x7ff) << 52);
	if (e >= 1)
		return w64_double((u & ~(UINT64_C(0x7ff) << 52)) | (uint64_t)e << 52);
	if (e < -60) /* below half the smallest subnormal: zero of x's sign */
		return w64_double(u & UINT64_C(1) << 63);
	return w64_double((u & ~(UINT64_C(0x7ff) << 52)) | (uint64_t)(e + 64) << 52) * 0x1p-64;
}
