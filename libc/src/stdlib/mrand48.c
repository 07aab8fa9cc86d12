#include <stdlib.h>

#include "w64_rand.h"

long mrand48(void)
{
	return jrand48(__w64_rand48.x);
}
