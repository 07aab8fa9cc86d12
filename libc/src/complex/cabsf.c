#include <complex.h>
#include <math.h>

/* |z|, by hypotf (no overflow or underflow on the way, within 1 ulp). */
float cabsf(float complex z)
{
	return hypotf(__real__ z, __imag__ z);
}
