#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log(|x| + sqrt(x^2 + 1)), the argument as hi + lo (so that near 0,
 * where it is 1 + |x| + ..., nothing is lost); from 2^60 on log|x| + ln2. */
w64_f128 __w64_asinhq(w64_f128 x)
{
	static const w64_f128 ln2 = W64_QC(0x1.62e42fefa39ef35793c7673007e6p-1);
	if (w64_isnanq(x) || w64_isinfq(x) || x == 0)
		return x + x;
	w64_f128 ax = w64_fabsq(x), r;
	if (ax < W64_QC(0x1p-57))
		return x;
	if (ax > W64_QC(0x1p60)) {
		w64_f128 lo;
		w64_f128 h = __w64_logq_core(ax, &lo);
		r = h + (ln2 + lo);
	} else {
		/* ax + sqrt(ax^2 + 1) as hi + lo */
		w64_f128 x2l;
		w64_f128 x2 = w64_q_two_prod(ax, ax, &x2l);
		w64_f128 tl;
		w64_f128 t = w64_q_two_sum(x2, 1, &tl);
		w64_f128 sl;
		w64_f128 s = w64_q_sqrt_dd(t, tl + x2l, &sl);
		w64_f128 al;
		w64_f128 a = w64_q_two_sum(ax, s, &al);
		r = __w64_logq_dd(a, al + sl);
	}
	return x < 0 ? -r : r;
}

long double asinhl(long double x)
{
	return (long double)__w64_asinhq(x);
}
