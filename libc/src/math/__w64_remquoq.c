#include <errno.h>

#include "w64_math.h"

/* |x| = m 2^e with m an integer below 2^113. */
static w64_u128q unpack(w64_f128 x, int *e)
{
	w64_u128q u = w64_bitsq(x) & ~W64_Q_SIGN;
	int ex = (int)(u >> 112);
	if (ex == 0) {
		*e = -16494;
		return u;
	}
	*e = ex - 16495;
	return (u & W64_Q_MANT) | (w64_u128q)1 << 112;
}

/*
 * fmodl (nearest 0) and remainderl/remquol (nearest 1), exact: the
 * mantissas' long division one quotient bit per binade of x/y, the
 * remainder below y's mantissa throughout (so below 2^114).
 */
w64_f128 __w64_remquoq_k(w64_f128 x, w64_f128 y, int *quo, int nearest)
{
	if (quo)
		*quo = 0;
	if (w64_isnanq(x) || w64_isnanq(y))
		return x + y;
	if (w64_isinfq(x) || y == 0)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (w64_isinfq(y) || x == 0)
		return x;
	int neg_x = (w64_bitsq(x) & W64_Q_SIGN) != 0;
	int neg_q = neg_x != ((w64_bitsq(y) & W64_Q_SIGN) != 0);
	w64_f128 ax = w64_fabsq(x), ay = w64_fabsq(y);
	uint64_t q = 0;
	w64_u128q r;
	int ex, ey;
	w64_u128q my = unpack(ay, &ey);
	if (ax < ay) {
		r = unpack(ax, &ex);
		/* r 2^ex as a multiple of 2^ey: exact only if ex >= ey, which
		 * holds unless x is the smaller; then there is no quotient. */
		if (!nearest || !(ax + ax > ay)) {
			if (quo)
				*quo = 0;
			return x;
		}
		/* |x| > |y|/2: the remainder is |x| - |y| (exact, Sterbenz) */
		if (quo)
			*quo = neg_q ? -1 : 1;
		w64_f128 rr = ay - ax;
		return neg_x ? rr : -rr;
	}
	r = unpack(ax, &ex);
	if (r >= my) {
		r -= my;
		q = 1;
	}
	for (int i = ex - ey; i > 0; i--) {
		r <<= 1;
		q <<= 1;
		if (r >= my) {
			r -= my;
			q |= 1;
		}
	}
	int flip = 0;
	if (nearest && (2 * r > my || (2 * r == my && (q & 1)))) {
		r = my - r;
		q++;
		flip = 1;
	}
	if (quo) {
		int qi = (int)(q & 0x7fffffff);
		*quo = neg_q ? -qi : qi;
	}
	w64_f128 res = __w64_scaleq((w64_f128)r, ey);
	return (neg_x != flip) ? -res : res;
}
