#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* E / (E + 2), E = e^(2|x|) - 1 as hi + lo and the quotient's remainder
 * kept; +-1 from 40 on. */
w64_f128 __w64_tanhq(w64_f128 x)
{
	if (w64_isnanq(x) || x == 0)
		return x + x;
	w64_f128 ax = w64_fabsq(x), r;
	if (ax > 40)
		r = 1;
	else if (ax < W64_QC(0x1p-57))
		return x;
	else {
		w64_f128 el;
		w64_f128 E = __w64_expm1q_dd(2 * ax, &el);
		w64_f128 dl;
		w64_f128 d = w64_q_two_sum(E, 2, &dl);
		dl += el;
		w64_f128 q = E / d;
		w64_f128 pe;
		w64_f128 p = w64_q_two_prod(q, d, &pe);
		r = q + ((E - p) - pe + el - q * dl) / d;
	}
	return x < 0 ? -r : r;
}

long double tanhl(long double x)
{
	return (long double)__w64_tanhq(x);
}
