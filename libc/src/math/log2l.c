#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log x times log2(e), both as hi + lo. */
w64_f128 __w64_log2q(w64_f128 x)
{
	return __w64_logq_times(x, W64_QC(0x1.71547652b82fe1777d0ffda0d23ap+0), W64_QC(0x1.f4475abbd546eb4ad2c45928b367p-114));
}

long double log2l(long double x)
{
	return (long double)__w64_log2q(x);
}
