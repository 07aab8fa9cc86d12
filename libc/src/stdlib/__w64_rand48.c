#include <stdint.h>
#include <stdlib.h>

#include "w64_rand.h"

/* X starts at 0 (as in glibc), a and c at their defaults. */
struct w64_rand48 __w64_rand48 = {{0, 0, 0}, 0x5deece66d, 0xb};

uint64_t __w64_rand48_step(unsigned short xsubi[3])
{
	uint64_t x = (uint64_t)xsubi[0] | (uint64_t)xsubi[1] << 16 | (uint64_t)xsubi[2] << 32;
	x = (__w64_rand48.a * x + __w64_rand48.c) & ((UINT64_C(1) << 48) - 1);
	xsubi[0] = (unsigned short)x;
	xsubi[1] = (unsigned short)(x >> 16);
	xsubi[2] = (unsigned short)(x >> 32);
	return x;
}
