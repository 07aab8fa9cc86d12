#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: asin z = -i asinh(iz). */
long double complex casinl(long double complex z)
{
	w64_f128 a, b;
	__w64_casinhq((w64_f128)-__imag__ z, (w64_f128)__real__ z, &a, &b);
	return CMPLXL(b, -a);
}
