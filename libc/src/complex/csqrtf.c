#include <complex.h>

#include "w64_complex.h"

float complex csqrtf(float complex z)
{
	double a, b;
	__w64_csqrt(__real__ z, __imag__ z, &a, &b);
	return CMPLXF(a, b);
}
