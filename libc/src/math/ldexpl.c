#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

long double ldexpl(long double x, int n)
{
	return (long double)__w64_scalbnq(x, n);
}
