#include <math.h>

#include "w64_math.h"

/* POSIX: the sign of Gamma at lgamma's last argument. */
int signgam;

double lgamma(double x)
{
	return __w64_lgamma_r(x, &signgam);
}
