#include <math.h>

#include "w64_math.h"

typedef unsigned __int128 u128;

static int bitlen(u128 v)
{
	uint64_t hi = (uint64_t)(v >> 64);
	return hi ? 128 - __builtin_clzll(hi) : 64 - __builtin_clzll((uint64_t)v);
}

/* x = m × 2^e, m < 2^53 integer, e >= -1074. */
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
 * x × y + z rounded once, in integers: the product's 106-bit mantissa and
 * z's are placed with their leading bits at bit 124 of 128-bit words (the
 * product has 19 and z 71 zero bits below, so shifts by less than that
 * lose nothing), the smaller is shifted right with a sticky bit, they are
 * added or subtracted, and the result is rounded to 53 bits (fewer for a
 * subnormal), ties to even.
 */
double fma(double x, double y, double z)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || !__builtin_isfinite(z))
		return x * y + z;
	if (x == 0 || y == 0)
		return x * y + z;
	if (z == 0)
		return x * y; /* rounded once; an exact zero sum has x*y's sign */

	int ex, ey, ez;
	uint64_t mx = unpack(x, &ex), my = unpack(y, &ey), mz = unpack(z, &ez);
	int sp = (__builtin_signbit(x) != 0) != (__builtin_signbit(y) != 0);
	int sz = __builtin_signbit(z) != 0;
	u128 a = (u128)mx * my;
	long ea = (long)ex + ey;
	u128 b = mz;
	long eb = ez;
	int la = bitlen(a), lb = bitlen(b);
	a <<= 124 - la;
	ea -= 124 - la;
	b <<= 124 - lb;
	eb -= 124 - lb;
	/* a is the one with the larger exponent. */
	int sa = sp, sb = sz;
	if (eb > ea || (eb == ea && b > a)) {
		u128 t = a;
		a = b;
		b = t;
		long te = ea;
		ea = eb;
		eb = te;
		int ts = sa;
		sa = sb;
		sb = ts;
	}
	long sh = ea - eb;
	if (sh >= 126) {
		b = b != 0; /* all of it is sticky */
	} else if (sh > 0) {
		int sticky = (b & (((u128)1 << sh) - 1)) != 0;
		b = b >> sh | sticky;
	}
	u128 s;
	if (sa == sb) {
		s = a + b; /* < 2^126 */
	} else {
		s = a - b;
		if (s == 0)
			return 0.0; /* exact cancellation: +0 */
	}
	/* Round s × 2^ea to double. */
	int ls = bitlen(s);
	long top = ea + ls - 1; /* exponent of the leading bit */
	long lsb = top - 52;
	if (lsb < -1074)
		lsb = -1074;
	if (top > 1023)
		return sa ? -HUGE_VAL : HUGE_VAL;
	long drop = lsb - ea; /* bits of s below the result's last bit */
	u128 m;
	int half, rest;
	if (drop <= 0) { /* after a cancellation: exact */
		m = s << -drop;
		half = rest = 0;
	} else if (drop >= 128) {
		m = 0;
		half = 0;
		rest = 1;
	} else {
		m = s >> drop;
		half = (int)(s >> (drop - 1)) & 1;
		rest = (s & (((u128)1 << (drop - 1)) - 1)) != 0;
	}
	if (half && (rest || (m & 1)))
		m++;
	double r = __w64_scale((double)(uint64_t)m, lsb);
	return sa ? -r : r;
}
