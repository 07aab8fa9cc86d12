#include <stdlib.h>

#include "w64_rand.h"

double drand48(void)
{
	return erand48(__w64_rand48.x);
}
