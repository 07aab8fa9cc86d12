#include <math.h>

#include "w64_math.h"

/* tanh x = E / (E + 2) with E = e^(2|x|) - 1 in double-double. */
double tanh(double x)
{
	double ax = __builtin_fabs(x);
	if (x != x)
		return x + x;
	if (ax > 22)
		return x > 0 ? 1.0 : -1.0; /* 1 - 2e^-2x rounds to 1 */
	if (ax < 0x1p-27)
		return x;
	double el;
	double eh = __w64_expm1_dd(2 * ax, 0, &el);
	double dl;
	double dh = w64_dd_add(eh, el, 2, 0, &dl);
	double ql;
	double q = w64_dd_div(eh, el, dh, dl, &ql);
	double r = q + ql;
	return x > 0 ? r : -r;
}
