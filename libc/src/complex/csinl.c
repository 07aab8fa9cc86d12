#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: sin z = -i sinh(iz). */
long double complex csinl(long double complex z)
{
	w64_f128 a, b;
	__w64_csinhq((w64_f128)-__imag__ z, (w64_f128)__real__ z, &a, &b);
	/* an infinite imaginary part and a real part infinite or NaN:
	 * NaN + i inf, the sign unspecified; glibc's + */
	if (__builtin_isinf(__imag__ z) && !__builtin_isfinite(__real__ z))
		return CMPLXL(b, __builtin_inf());
	return CMPLXL(b, -a);
}
