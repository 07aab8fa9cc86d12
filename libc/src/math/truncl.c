#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* Clears the fraction bits below the binary point. */
w64_f128 __w64_truncq(w64_f128 x)
{
	int e = w64_expq(x) - 16383;
	w64_u128q u = w64_bitsq(x);
	if (e >= 112)
		return x;
	if (e < 0)
		return w64_quad(u & W64_Q_SIGN);
	return w64_quad(u & ~(W64_Q_MANT >> e));
}

long double truncl(long double x)
{
	return (long double)__w64_truncq(x);
}
