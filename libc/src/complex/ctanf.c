#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: tan z = -i tanh(iz). */
float complex ctanf(float complex z)
{
	double a, b;
	__w64_ctanh(-__imag__ z, __real__ z, &a, &b);
	return CMPLXF(b, -a);
}
