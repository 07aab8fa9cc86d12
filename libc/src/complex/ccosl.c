#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: cos z = cosh(iz). */
long double complex ccosl(long double complex z)
{
	w64_f128 a, b;
	__w64_ccoshq((w64_f128)-__imag__ z, (w64_f128)__real__ z, &a, &b);
	return CMPLXL(a, b);
}
