#include <complex.h>
#include <math.h>

/* The argument in [-pi, pi], by atan2l (signed zeros give +-0 or +-pi). */
long double cargl(long double complex z)
{
	return atan2l(__imag__ z, __real__ z);
}
