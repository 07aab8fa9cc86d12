#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: cos z = cosh(iz). */
float complex ccosf(float complex z)
{
	double a, b;
	__w64_ccosh(-__imag__ z, __real__ z, &a, &b);
	return CMPLXF(a, b);
}
