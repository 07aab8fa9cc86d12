#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log x times log10(e), both as hi + lo. */
w64_f128 __w64_log10q(w64_f128 x)
{
	return __w64_logq_times(x, W64_QC(0x1.bcb7b1526e50e32a6ab7555f5a68p-2), W64_QC(-0x1.1e6e08e5cfedd1b2efee2e0695d8p-116));
}

long double log10l(long double x)
{
	return (long double)__w64_log10q(x);
}
