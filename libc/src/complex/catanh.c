#include <complex.h>

#include "w64_complex.h"

double complex catanh(double complex z)
{
	double a, b;
	__w64_catanh(__real__ z, __imag__ z, &a, &b);
	return CMPLX(a, b);
}
