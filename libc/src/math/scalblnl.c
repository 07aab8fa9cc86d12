#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/*
 * x 2^k, rounded once: the exponent field is set directly for a normal
 * result; a subnormal one is made 200 binades higher and multiplied by
 * 2^-200, the one rounding.  ERANGE when a finite nonzero x becomes
 * infinite or zero.
 */
w64_f128 __w64_scaleq(w64_f128 x, long k)
{
	int e0;
	if (w64_expq(x) == 0x7fff || x == 0)
		return x + x;
	w64_f128 m = __w64_frexpq(x, &e0); /* x = m 2^e0, 0.5 <= |m| < 1 */
	if (k > 40000)
		k = 40000;
	if (k < -40000)
		k = -40000;
	long e = (long)e0 + k + 16382; /* biased exponent of m 2^(e0 + k) */
	w64_u128q mb = w64_bitsq(m) & ~((w64_u128q)0x7fff << 112);
	if (e >= 0x7fff)
		return w64_copysignq(W64_Q_INF, x);
	if (e >= 1)
		return w64_quad(mb | (w64_u128q)e << 112);
	if (e < -120)
		return w64_copysignq(0, x);
	return w64_quad(mb | (w64_u128q)(e + 200) << 112) * 6.2230152778611417071440640537801242e-61L; /* 2^-200 */
}

w64_f128 __w64_scalbnq(w64_f128 x, int n)
{
	w64_f128 r = __w64_scaleq(x, n);
	if ((w64_isinfq(r) && !w64_isinfq(x)) || (r == 0 && x != 0))
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double scalblnl(long double x, long n)
{
	return (long double)__w64_scalbnq(x, (int)(n > INT_MAX ? INT_MAX : n < INT_MIN ? INT_MIN : n));
}
