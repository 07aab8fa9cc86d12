#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: sin z = -i sinh(iz). */
float complex csinf(float complex z)
{
	double a, b;
	__w64_csinh(-__imag__ z, __real__ z, &a, &b);
	/* an infinite imaginary part and a real part infinite or NaN:
	 * NaN + i inf, the sign unspecified; glibc's + */
	if (__builtin_isinf(__imag__ z) && !__builtin_isfinite(__real__ z))
		return CMPLXF(b, __builtin_inf());
	return CMPLXF(b, -a);
}
