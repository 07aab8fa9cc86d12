#include <math.h>

#include "w64_math.h"

/* In double (within 1 ulp of double), rounded once to float: see __w64_narrowf. */
float lgammaf(float x)
{
	return __w64_narrowf(__w64_lgamma_r(x, &signgam));
}
