#include <complex.h>

/* The projection onto the Riemann sphere: every infinity (even with a NaN
 * for its other part) is +inf + i0 with the imaginary part's sign. */
double complex cproj(double complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return CMPLX(__builtin_inf(), __builtin_copysign(0.0, __imag__ z));
	return z;
}
