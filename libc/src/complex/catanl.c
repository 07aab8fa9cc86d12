#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: atan z = -i atanh(iz). */
long double complex catanl(long double complex z)
{
	w64_f128 a, b;
	__w64_catanhq((w64_f128)-__imag__ z, (w64_f128)__real__ z, &a, &b);
	return CMPLXL(b, -a);
}
