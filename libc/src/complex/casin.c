#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: asin z = -i asinh(iz). */
double complex casin(double complex z)
{
	double a, b;
	__w64_casinh(-__imag__ z, __real__ z, &a, &b);
	return CMPLX(b, -a);
}
