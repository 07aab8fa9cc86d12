#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* 2^x = e^(x ln2), with x ln2 in double-double (so integers give exact
 * powers of two). */
double exp2(double x)
{
	static const double ln2_hi = 0x1.62e42fefa39efp-1, ln2_lo = 0x1.abc9e3b39803fp-56;
	if (!(x < 1024)) {
		if (x != x || x == HUGE_VAL)
			return x + x;
		return __w64_math_error(HUGE_VAL, ERANGE);
	}
	if (x < -1075)
		return x == -HUGE_VAL ? 0 : __w64_math_error(0, ERANGE);
	double e;
	double h = w64_two_prod(x, ln2_hi, &e);
	e += x * ln2_lo;
	h = w64_fast_two_sum(h, e, &e);
	int k;
	double lo;
	double hi = __w64_exp_core(h, e, &k, &lo);
	double r = __w64_scale(hi + lo, k);
	if (__builtin_isinf(r) || (r < 0x1p-1022 && x != trunc(x)))
		return __w64_math_error(r, ERANGE);
	return r;
}
