#include <stdlib.h>

#include "w64_rand.h"

void srandom(unsigned seed)
{
	__w64_random_seed(seed);
}
