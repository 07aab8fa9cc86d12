#include <complex.h>
#include <math.h>

/* The argument in [-pi, pi], by atan2f (signed zeros give +-0 or +-pi). */
float cargf(float complex z)
{
	return atan2f(__imag__ z, __real__ z);
}
