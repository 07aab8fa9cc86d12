#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* sin/cos (or -cos/sin in odd quadrants) of the reduced argument, both
 * as hi + lo, divided with the quotient's remainder kept. */
w64_f128 __w64_tanq(w64_f128 x)
{
	if (w64_isinfq(x))
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (w64_isnanq(x) || x == 0)
		return x + x;
	w64_f128 y[2], sl, cl;
	int n = __w64_rem_pio2q(x, y);
	w64_f128 s = __w64_sinq_k(y[0], y[1], &sl);
	w64_f128 c = __w64_cosq_k(y[0], y[1], &cl);
	w64_f128 a = s, al = sl, b = c, bl = cl;
	if (n & 1) {
		a = -c;
		al = -cl;
		b = s;
		bl = sl;
	}
	w64_f128 t = a / b;
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(t, b, &pe);
	return t + ((a - p) - pe + al - t * bl) / b;
}

long double tanl(long double x)
{
	return (long double)__w64_tanq(x);
}
