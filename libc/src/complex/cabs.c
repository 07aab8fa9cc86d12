#include <complex.h>
#include <math.h>

/* |z|, by hypot (no overflow or underflow on the way, within 1 ulp). */
double cabs(double complex z)
{
	return hypot(__real__ z, __imag__ z);
}
