#include <complex.h>

#include "w64_complex.h"

double complex csinh(double complex z)
{
	double a, b;
	__w64_csinh(__real__ z, __imag__ z, &a, &b);
	return CMPLX(a, b);
}
