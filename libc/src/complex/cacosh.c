#include <complex.h>

#include "w64_complex.h"

double complex cacosh(double complex z)
{
	double a, b;
	__w64_cacosh(__real__ z, __imag__ z, &a, &b);
	return CMPLX(a, b);
}
