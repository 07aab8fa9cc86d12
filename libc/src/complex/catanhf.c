#include <complex.h>

#include "w64_complex.h"

float complex catanhf(float complex z)
{
	double a, b;
	__w64_catanh(__real__ z, __imag__ z, &a, &b);
	return CMPLXF(a, b);
}
