#include <errno.h>
#include <math.h>

#include "w64_math.h"

/*
 * x y + z: the product split error-free (p + pe), then p + z as s + se,
 * and s + (se + pe): exact or correctly rounded unless that last sum
 * itself rounds at a half-way point (docs/libm.md).  Arguments are scaled
 * by powers of two so that the splits cannot overflow.
 */
w64_f128 __w64_fmaq(w64_f128 x, w64_f128 y, w64_f128 z)
{
	if (w64_isnanq(x) || w64_isnanq(y) || w64_isnanq(z) || w64_isinfq(x) || w64_isinfq(y) ||
	    w64_isinfq(z) || x == 0 || y == 0)
		return x * y + z;
	if (z == 0)
		return x * y;
	int ex, ey;
	w64_f128 mx = __w64_frexpq(x, &ex), my = __w64_frexpq(y, &ey);
	int ez;
	__w64_frexpq(z, &ez);
	long ep = (long)ex + ey;
	/* everything relative to 2^ep */
	if (ez - ep > 120) /* x y is far below half an ulp of z */
		return z + x * y;
	w64_f128 zs = __w64_scaleq(z, -ep);
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(mx, my, &pe);
	if (ep - ez > 230)
		zs = 0; /* z is below the product's last bit many times over */
	w64_f128 se;
	w64_f128 s = w64_q_two_sum(p, zs, &se);
	w64_f128 t = se + pe;
	w64_f128 r = s + t;
	return __w64_scaleq(r, ep);
}

long double fmal(long double x, long double y, long double z)
{
	return (long double)__w64_fmaq(x, y, z);
}
