#include <complex.h>

#include "w64_complex.h"

double complex cpow(double complex x, double complex y)
{
	double a, b;
	__w64_cpow(__real__ x, __imag__ x, __real__ y, __imag__ y, &a, &b);
	return CMPLX(a, b);
}
