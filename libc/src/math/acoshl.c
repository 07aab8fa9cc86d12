#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* log(x + sqrt(x^2 - 1)); below 2 as log1p(t + sqrt(2t + t^2)), t = x - 1
 * exact; from 2^60 on log x + ln2. */
w64_f128 __w64_acoshq(w64_f128 x)
{
	static const w64_f128 ln2 = W64_QC(0x1.62e42fefa39ef35793c7673007e6p-1);
	if (w64_isnanq(x))
		return x + x;
	if (x < 1)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (w64_isinfq(x))
		return x;
	if (x > W64_QC(0x1p60)) {
		w64_f128 lo;
		w64_f128 h = __w64_logq_core(x, &lo);
		return h + (ln2 + lo);
	}
	if (x < 2) {
		/* t + sqrt(t (2 + t)) as hi + lo, t = x - 1 exact */
		w64_f128 t = x - 1;
		w64_f128 bl;
		w64_f128 b = w64_q_two_sum(2, t, &bl);
		w64_f128 ul;
		w64_f128 u = w64_q_two_prod(t, b, &ul);
		ul += t * bl;
		w64_f128 sl;
		w64_f128 s = w64_q_sqrt_dd(u, ul, &sl);
		w64_f128 al;
		w64_f128 a = w64_q_two_sum(t, s, &al);
		return __w64_log1pq_dd(a, al + sl);
	}
	w64_f128 x2l;
	w64_f128 x2 = w64_q_two_prod(x, x, &x2l);
	w64_f128 tl;
	w64_f128 t = w64_q_two_sum(x2, -1, &tl);
	w64_f128 sl;
	w64_f128 s = w64_q_sqrt_dd(t, tl + x2l, &sl);
	w64_f128 al;
	w64_f128 a = w64_q_two_sum(x, s, &al);
	return __w64_logq_dd(a, al + sl);
}

long double acoshl(long double x)
{
	return (long double)__w64_acoshq(x);
}
