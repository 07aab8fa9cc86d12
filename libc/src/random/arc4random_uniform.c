#include <stdint.h>
#include <stdlib.h>

/* Uniform in [0, upper_bound): numbers below 2^32 mod upper_bound are
 * drawn again, so each remainder has the same number of sources. */
uint32_t arc4random_uniform(uint32_t upper_bound)
{
	if (upper_bound < 2)
		return 0;
	uint32_t min = (uint32_t)-upper_bound % upper_bound;
	uint32_t r;
	do
		r = arc4random();
	while (r < min);
	return r % upper_bound;
}
