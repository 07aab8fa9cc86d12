#include <math.h>

#include "w64_math.h"

/*
 * atan2(y, x): the angle of (x, y).  |y/x| is formed in double-double
 * from the two mantissas (the exponents apart, so it neither overflows
 * nor underflows on the way), atan of it, then pi - that when x < 0.
 */
double atan2(double y, double x)
{
	static const double pi_hi = 0x1.921fb54442d18p+1, pi_lo = 0x1.1a62633145c07p-53;
	static const double pio2_hi = 0x1.921fb54442d18p+0, pio2_lo = 0x1.1a62633145c07p-54;

	if (x != x || y != y)
		return x + y;
	int xneg = __builtin_signbit(x) != 0, yneg = __builtin_signbit(y) != 0;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	double r;

	if (ay == 0) {
		r = xneg ? pi_hi + pi_lo : 0.0;
	} else if (ax == 0) {
		r = pio2_hi + pio2_lo;
	} else if (__builtin_isinf(ax)) {
		if (__builtin_isinf(ay))
			r = xneg ? 3 * (pio2_hi / 2) : pio2_hi / 2;
		else
			r = xneg ? pi_hi + pi_lo : 0.0;
	} else if (__builtin_isinf(ay)) {
		r = pio2_hi + pio2_lo;
	} else {
		int ex, ey;
		double mx = frexp(ax, &ex), my = frexp(ay, &ey);
		long d = (long)ey - ex;
		double qh, ql, th, tl;
		if (d > 60) {
			/* |y/x| > 2^59: pi/2 - x/y */
			qh = 0;
			th = w64_fast_two_sum(pio2_hi, pio2_lo - __w64_scale(mx / my, -d), &tl);
		} else if (d < -1000) {
			/* |y/x| < 2^-999: atan is the quotient itself (which may be
			 * subnormal: divide the originals for one rounding). */
			qh = ay / ax;
			th = qh;
			tl = 0;
		} else {
			qh = w64_dd_div(my, 0, mx, 0, &ql);
			qh = __w64_scale(qh, d);
			ql = __w64_scale(ql, d);
			th = __w64_atan_dd(qh, ql, &tl);
		}
		if (xneg)
			th = w64_dd_add(pi_hi, pi_lo, -th, -tl, &tl);
		r = th + tl;
	}
	return yneg ? -r : r;
}
