#include <stdint.h>
#include <stdlib.h>

#include "w64_rand.h"

/*
 * A 64-bit linear congruential generator (Knuth's MMIX constants); the
 * top 31 bits of the state are the output, the low bits of an LCG being
 * poor.  Deterministic, as C requires: without srand it behaves as after
 * srand(1).
 */
uint64_t __w64_rand_state = 1;

int rand(void)
{
	__w64_rand_state = __w64_rand_state * UINT64_C(6364136223846793005) +
			   UINT64_C(1442695040888963407);
	return (int)(__w64_rand_state >> 33);
}
