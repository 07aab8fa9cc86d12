#include <stdlib.h>

#include "w64_rand.h"

void srand(unsigned seed)
{
	__w64_rand_state = seed;
}
