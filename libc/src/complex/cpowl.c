#include <complex.h>

#include "w64_complex.h"

long double complex cpowl(long double complex x, long double complex y)
{
	w64_f128 a, b;
	__w64_cpowq((w64_f128)__real__ x, (w64_f128)__imag__ x, (w64_f128)__real__ y, (w64_f128)__imag__ y, &a, &b);
	return CMPLXL(a, b);
}
