#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* 1 when y is an odd integer, 2 when an even one, 0 when not an integer. */
static int integer_kind(w64_f128 y)
{
	w64_f128 ay = w64_fabsq(y);
	if (ay >= W64_QC(0x1p113))
		return 2;
	if (__w64_truncq(ay) != ay)
		return 0;
	w64_f128 h = __w64_truncq(ay / 2);
	return h * 2 == ay ? 2 : 1;
}

/*
 * x^y = e^(y log|x|), log|x| as hi + lo (about 2^-120 relative), the
 * product in double-binary128, into the exp core with its low part.  The
 * special cases are C11 F.10.4.4's.  The log's error, times |y log x| (up
 * to 11357), is what limits the accuracy of large and tiny results
 * (docs/libm.md).
 */
w64_f128 __w64_powq(w64_f128 x, w64_f128 y)
{
	int yint = integer_kind(y);
	w64_f128 ax = w64_fabsq(x);
	if (y == 0 || x == 1)
		return 1;
	if (w64_isnanq(x) || w64_isnanq(y))
		return x + y;
	if (w64_isinfq(y)) {
		if (ax == 1)
			return 1;
		return (ax > 1) == (y > 0) ? W64_Q_INF : 0;
	}
	if (x == 0) {
		int odd = yint == 1;
		if (y < 0)
			return __w64_math_errorq(odd ? w64_copysignq(W64_Q_INF, x) : W64_Q_INF, ERANGE);
		return odd ? x : 0;
	}
	if (w64_isinfq(x)) {
		int odd = yint == 1 && x < 0;
		w64_f128 r = y < 0 ? 0 : W64_Q_INF;
		return odd ? -r : r;
	}
	int neg = 0;
	if (x < 0) {
		if (yint == 0)
			return __w64_math_errorq(W64_Q_NAN, EDOM);
		neg = yint == 1;
	}
	w64_f128 r;
	if (w64_fabsq(y) >= W64_QC(0x1p120)) {
		r = (ax > 1) == (y > 0) ? W64_Q_INF : 0;
	} else {
		w64_f128 ll;
		w64_f128 lh = __w64_logq_core(ax, &ll);
		w64_f128 zl;
		w64_f128 zh = w64_q_two_prod(y, lh, &zl);
		zl += y * ll;
		zh = w64_q_fast_two_sum(zh, zl, &zl);
		if (zh > 11357)
			r = W64_Q_INF;
		else if (zh < -11500)
			r = 0;
		else
			r = __w64_expq_core(zh, zl, 0);
	}
	if (neg)
		r = -r;
	if (w64_isinfq(r) || w64_expq(r) == 0)
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double powl(long double x, long double y)
{
	return (long double)__w64_powq(x, y);
}
