#include <complex.h>
#include <math.h>

/* |z|, by hypotl (no overflow or underflow on the way, within 1 ulp). */
long double cabsl(long double complex z)
{
	return hypotl(__real__ z, __imag__ z);
}
