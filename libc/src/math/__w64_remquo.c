#include <errno.h>
#include <math.h>
#include <stddef.h>

#include "w64_math.h"

/* x = m × 2^e with m < 2^53 an integer (m has its leading bit at 52 when
 * x is normal); e >= -1074. */
static uint64_t unpack(double x, int *e)
{
	uint64_t u = w64_bits(x) & ~(UINT64_C(1) << 63);
	int ex = (int)(u >> 52);
	uint64_t m = u & ((UINT64_C(1) << 52) - 1);
	if (ex == 0) {
		*e = -1074;
		return m;
	}
	*e = ex - 1075;
	return m | UINT64_C(1) << 52;
}

/*
 * fmod, remainder and remquo, exactly: |x| mod |y| by long division of
 * the integer mantissas, 11 bits of quotient per step (mx < my < 2^53, so
 * mx × 2^11 < 2^64), keeping the low bits of the quotient.  `nearest`
 * then picks the remainder of the quotient rounded to nearest even.
 */
double __w64_remquo(double x, double y, int *quo, int nearest)
{
	if (x != x || y != y)
		return x + y;
	if (__builtin_isinf(x) || y == 0)
		return __w64_math_error(__builtin_nan(""), EDOM);
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	int sx = __builtin_signbit(x) != 0, sq = sx != (__builtin_signbit(y) != 0);
	uint64_t q = 0;
	double r;

	int up;
	if (__builtin_isinf(y) || ax < ay) {
		r = ax;
		/* the quotient is 0: up when |x| > |y|/2 (2|x| is exact, or
		 * infinite and then indeed larger) */
		up = !__builtin_isinf(y) && 2 * ax > ay;
	} else {
		int ex, ey;
		uint64_t mx = unpack(ax, &ex), my = unpack(ay, &ey);
		int d = ex - ey; /* >= 0 as |x| >= |y| */
		q = mx / my;
		mx %= my;
		while (d > 0) {
			int s = d < 11 ? d : 11;
			mx <<= s;
			q = (q << s) + mx / my;
			mx %= my;
			d -= s;
		}
		r = __w64_scale((double)mx, ey);
		/* |y| - r = (my - mx) 2^ey is exact */
		up = r > ay - r || (r == ay - r && (q & 1));
	}
	if (nearest && up) {
		r -= ay;
		q++;
	}
	if (quo != NULL) {
		int v = (int)(q & 0x7fffffff);
		*quo = sq ? -v : v;
	}
	return sx ? -r : r;
}
