#include <stdlib.h>

#include "w64_rand.h"

/* Sets X, restores the default a and c, and returns the previous X (in
 * a static array that the next call overwrites). */
unsigned short *seed48(unsigned short seed[3])
{
	static unsigned short previous[3];
	for (int i = 0; i < 3; i++) {
		previous[i] = __w64_rand48.x[i];
		__w64_rand48.x[i] = seed[i];
	}
	__w64_rand48.a = 0x5deece66d;
	__w64_rand48.c = 0xb;
	return previous;
}
