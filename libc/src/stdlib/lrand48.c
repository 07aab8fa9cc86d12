#include <stdlib.h>

#include "w64_rand.h"

long lrand48(void)
{
	return nrand48(__w64_rand48.x);
}
