#include <math.h>

#include "w64_math.h"

w64_f128 __w64_lgammaq(w64_f128 x)
{
	return __w64_lgammaq_r(x, &signgam);
}

long double lgammal(long double x)
{
	return (long double)__w64_lgammaq(x);
}
