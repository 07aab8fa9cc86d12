#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* sqrt(a^2 + b^2) with both scaled by a power of two near the larger, the
 * squares error-free and the root corrected once. */
w64_f128 __w64_hypotq(w64_f128 x, w64_f128 y)
{
	if (w64_isinfq(x) || w64_isinfq(y))
		return W64_Q_INF;
	if (w64_isnanq(x) || w64_isnanq(y))
		return x + y;
	w64_f128 a = w64_fabsq(x), b = w64_fabsq(y);
	if (a < b) {
		w64_f128 t = a;
		a = b;
		b = t;
	}
	if (b == 0)
		return a;
	int e;
	__w64_frexpq(a, &e);
	a = __w64_scaleq(a, -e);
	b = __w64_scaleq(b, -e);
	w64_f128 ae, be;
	w64_f128 a2 = w64_q_two_prod(a, a, &ae);
	w64_f128 b2 = w64_q_two_prod(b, b, &be);
	w64_f128 se;
	w64_f128 s = w64_q_two_sum(a2, b2, &se);
	se += ae + be;
	w64_f128 r = __w64_sqrtq(s);
	w64_f128 re;
	w64_f128 rr = w64_q_two_prod(r, r, &re);
	r += ((s - rr) - re + se) / (2 * r);
	r = __w64_scaleq(r, e);
	if (w64_isinfq(r))
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double hypotl(long double x, long double y)
{
	return (long double)__w64_hypotq(x, y);
}
