#include <math.h>

#include "w64_math.h"

/*
 * x = m × 2^(3q) with m in [1, 8); a first guess of cbrt(m) from a
 * straight line, four Newton steps in double (quadratic: 2^-4 -> 2^-60),
 * and a last step y + (m - y^3)/(3y^2) with m - y^3 in double-double.
 */
double cbrt(double x)
{
	if (x == 0 || x != x || __builtin_isinf(x))
		return x + x;
	int e;
	double m = frexp(__builtin_fabs(x), &e); /* [0.5, 1) */
	int r = ((e % 3) + 3) % 3;
	int q = (e - r) / 3;
	m = __w64_scale(m, r); /* m in [0.5, 4): x = m 2^(3q) */
	double y = 0.6 + 0.3 * m;
	for (int i = 0; i < 5; i++)
		y = y - (y * y * y - m) / (3 * y * y);
	double e2;
	double y2 = w64_two_prod(y, y, &e2);
	double e3;
	double y3 = w64_dd_mul(y2, e2, y, 0, &e3);
	double dl;
	double dh = w64_two_sum(m, -y3, &dl);
	dl -= e3;
	y += (dh + dl) / (3 * y2);
	y = __w64_scale(y, q);
	return x < 0 ? -y : y;
}
