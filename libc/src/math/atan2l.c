#include <errno.h>
#include <math.h>

#include "w64_math.h"

/*
 * The quadrant from the signs, atan of the smaller ratio from the kernel
 * (the ratio as q + qlo, both operands first scaled by a power of two so
 * the exact product of the check cannot overflow), pi - or pi/2 - it as
 * hi + lo.  C11 F.10.1.4's special cases.
 */
w64_f128 __w64_atan2q(w64_f128 y, w64_f128 x)
{
	static const w64_f128 pi_hi = W64_QC(0x1.921fb54442d18469898cc51701b8p+1);
	static const w64_f128 pi_lo = W64_QC(0x1.cd129024e088a67cc74020bbea64p-114);
	static const w64_f128 pio2_hi = W64_QC(0x1.921fb54442d18469898cc51701b8p+0);
	static const w64_f128 pio2_lo = W64_QC(0x1.cd129024e088a67cc74020bbea64p-115);
	if (w64_isnanq(x) || w64_isnanq(y))
		return x + y;
	int xneg = (w64_bitsq(x) & W64_Q_SIGN) != 0;
	w64_f128 ax = w64_fabsq(x), ay = w64_fabsq(y);
	w64_f128 h, l;
	if (y == 0) {
		h = xneg ? pi_hi : 0;
		l = xneg ? pi_lo : 0;
	} else if (x == 0) {
		h = pio2_hi;
		l = pio2_lo;
	} else if (w64_isinfq(ax) || w64_isinfq(ay)) {
		if (w64_isinfq(ax) && w64_isinfq(ay)) {
			h = xneg ? 3 * pio2_hi / 2 : pio2_hi / 2;
			l = 0;
		} else if (w64_isinfq(ay)) {
			h = pio2_hi;
			l = pio2_lo;
		} else {
			h = xneg ? pi_hi : 0;
			l = xneg ? pi_lo : 0;
		}
	} else {
		int e;
		__w64_frexpq(ax > ay ? ax : ay, &e);
		w64_f128 sx = __w64_scaleq(ax, -e), sy = __w64_scaleq(ay, -e);
		int swap = sy > sx;
		w64_f128 num = swap ? sx : sy, den = swap ? sy : sx;
		w64_f128 q = num / den, qlo = 0;
		if (q > W64_QC(0x1p-16000)) {
			w64_f128 pe;
			w64_f128 p = w64_q_two_prod(q, den, &pe);
			qlo = ((num - p) - pe) / den;
		}
		w64_f128 al;
		w64_f128 a = __w64_atanq_k(q, &al);
		al += qlo / (1 + q * q);
		if (swap) { /* pi/2 - a */
			h = w64_q_two_sum(pio2_hi, -a, &l);
			l += pio2_lo - al;
		} else {
			h = a;
			l = al;
		}
		if (xneg) { /* pi - that */
			w64_f128 e2;
			w64_f128 h2 = w64_q_two_sum(pi_hi, -h, &e2);
			h = h2;
			l = e2 + pi_lo - l;
		}
	}
	w64_f128 r = h + l;
	return (w64_bitsq(y) & W64_Q_SIGN) ? -r : r;
}

long double atan2l(long double x, long double y)
{
	return (long double)__w64_atan2q(x, y);
}
