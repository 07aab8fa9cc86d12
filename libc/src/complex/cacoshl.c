#include <complex.h>

#include "w64_complex.h"

long double complex cacoshl(long double complex z)
{
	w64_f128 a, b;
	__w64_cacoshq((w64_f128)__real__ z, (w64_f128)__imag__ z, &a, &b);
	return CMPLXL(a, b);
}
