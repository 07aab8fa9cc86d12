#include <stdint.h>
#include <stdlib.h>

#include "w64_rand.h"

/* param: X in [0..2], a in [3..5] (least significant first), c in [6]. */
void lcong48(unsigned short param[7])
{
	for (int i = 0; i < 3; i++)
		__w64_rand48.x[i] = param[i];
	__w64_rand48.a = (uint64_t)param[3] | (uint64_t)param[4] << 16 | (uint64_t)param[5] << 32;
	__w64_rand48.c = param[6];
}
