#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: atan z = -i atanh(iz). */
float complex catanf(float complex z)
{
	double a, b;
	__w64_catanh(-__imag__ z, __real__ z, &a, &b);
	return CMPLXF(b, -a);
}
