#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: tan z = -i tanh(iz). */
double complex ctan(double complex z)
{
	double a, b;
	__w64_ctanh(-__imag__ z, __real__ z, &a, &b);
	return CMPLX(b, -a);
}
