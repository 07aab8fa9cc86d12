#include <complex.h>

#include "w64_complex.h"

/* C11 defines it so, special cases included: tan z = -i tanh(iz). */
long double complex ctanl(long double complex z)
{
	w64_f128 a, b;
	__w64_ctanhq((w64_f128)-__imag__ z, (w64_f128)__real__ z, &a, &b);
	return CMPLXL(b, -a);
}
