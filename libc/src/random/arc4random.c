#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "w64_random.h"

/* Numbers come from a pool of host randomness, refilled when used up,
 * so that each one is not a host call. */
uint32_t arc4random(void)
{
	static uint32_t pool[64];
	static size_t left;
	if (left == 0) {
		__w64_random_fill(pool, sizeof pool);
		left = sizeof pool / sizeof pool[0];
	}
	uint32_t r = pool[--left];
	pool[left] = 0; /* a number handed out is not kept */
	return r;
}
