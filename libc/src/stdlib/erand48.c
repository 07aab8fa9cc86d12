#include <stdlib.h>

#include "w64_rand.h"

/* X / 2^48: exact in a double, uniform over [0, 1). */
double erand48(unsigned short xsubi[3])
{
	return (double)__w64_rand48_step(xsubi) * 0x1p-48;
}
