#include <stdlib.h>

#include "w64_rand.h"

/* X = the seed's low 32 bits, then 0x330e below them (POSIX). */
void srand48(long seed)
{
	__w64_rand48.x[0] = 0x330e;
	__w64_rand48.x[1] = (unsigned short)seed;
	__w64_rand48.x[2] = (unsigned short)((unsigned long)seed >> 16);
	__w64_rand48.a = 0x5deece66d;
	__w64_rand48.c = 0xb;
}
