#include <stdlib.h>

/*
 * POSIX's reentrant rand: the whole state is *seed.  glibc's sequence:
 * three steps of the LCG x' = 1103515245 x + 12345 (mod 2^32), taking 11,
 * 10 and 10 bits from the top half of each, so 31 bits in all.
 */
int rand_r(unsigned *seed)
{
	unsigned x = *seed;
	unsigned r = 0;
	for (int i = 0; i < 3; i++) {
		x = x * 1103515245u + 12345u;
		unsigned bits = i == 0 ? 11 : 10;
		r = r << bits ^ (x >> 16) % (1u << bits);
	}
	*seed = x;
	return (int)r;
}
