#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* 2^k e^(f ln2), k = rint(x), f = x - k exact, f ln2 as hi + lo. */
w64_f128 __w64_exp2q(w64_f128 x)
{
	static const w64_f128 ln2_hi = W64_QC(0x1.62e42fefa39ef35793c7673007e6p-1);
	static const w64_f128 ln2_lo = W64_QC(-0x1.2a17e1979b31ace93a4ebe5d148fp-117);
	if (w64_isnanq(x))
		return x + x;
	if (x >= 16384)
		return w64_isinfq(x) ? x : __w64_math_errorq(W64_Q_INF, ERANGE);
	if (x < -16495)
		return w64_isinfq(x) ? 0 : __w64_math_errorq(0, ERANGE);
	w64_f128 k = __w64_rintq(x);
	w64_f128 f = x - k;
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(f, ln2_hi, &pe);
	pe += f * ln2_lo;
	w64_f128 r = __w64_expq_core(p, pe, (long)k);
	if (w64_expq(r) == 0 && (r == 0 || x != k)) /* inexact below LDBL_MIN */
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double exp2l(long double x)
{
	return (long double)__w64_exp2q(x);
}
