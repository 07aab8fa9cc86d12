#include <complex.h>
#include <math.h>

/* The argument in [-pi, pi], by atan2 (signed zeros give +-0 or +-pi). */
double carg(double complex z)
{
	return atan2(__imag__ z, __real__ z);
}
