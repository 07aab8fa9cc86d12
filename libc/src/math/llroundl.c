#include <math.h>

#include "w64_math.h"

/* long and long long are both 64 bits (LP64). */
long long llroundl(long double x)
{
	return __w64_lroundq(x);
}
