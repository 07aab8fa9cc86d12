#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* cbrt of x's mantissa scaled by 2^(3q) from double's, then two Newton
 * steps in binary128 (each doubles the correct bits: 53 -> 106 -> 113+). */
w64_f128 __w64_cbrtq(w64_f128 x)
{
	if (w64_isnanq(x) || w64_isinfq(x) || x == 0)
		return x + x;
	int e;
	w64_f128 m = __w64_frexpq(w64_fabsq(x), &e); /* 0.5 <= m < 1 */
	int r = ((e % 3) + 3) % 3;
	int q3 = (e - r) / 3;
	m = __w64_scaleq(m, r); /* 0.5 <= m < 4 */
	w64_f128 c = cbrt((double)m);
	for (int i = 0; i < 2; i++) {
		w64_f128 c2 = c * c;
		c = c - (c2 * c - m) / (3 * c2);
	}
	c = __w64_scaleq(c, q3);
	return x < 0 ? -c : c;
}

long double cbrtl(long double x)
{
	return (long double)__w64_cbrtq(x);
}
