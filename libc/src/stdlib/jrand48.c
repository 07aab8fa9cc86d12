#include <stdint.h>
#include <stdlib.h>

#include "w64_rand.h"

/* The top 32 bits of X as a signed number: -2^31 .. 2^31 - 1. */
long jrand48(unsigned short xsubi[3])
{
	return (long)(int32_t)(uint32_t)(__w64_rand48_step(xsubi) >> 16);
}
