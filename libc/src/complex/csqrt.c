#include <complex.h>

#include "w64_complex.h"

double complex csqrt(double complex z)
{
	double a, b;
	__w64_csqrt(__real__ z, __imag__ z, &a, &b);
	return CMPLX(a, b);
}
