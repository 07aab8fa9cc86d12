#include <stdlib.h>

#include "w64_rand.h"

/* The top 31 bits of X: 0 .. 2^31 - 1. */
long nrand48(unsigned short xsubi[3])
{
	return (long)(__w64_rand48_step(xsubi) >> 17);
}
