#include <errno.h>
#include <math.h>

#include "w64_math.h"

w64_f128 __w64_expq(w64_f128 x)
{
	if (w64_isnanq(x))
		return x + x;
	if (x > W64_QC(11356.523406294143949491931077970765))
		return w64_isinfq(x) ? x : __w64_math_errorq(W64_Q_INF, ERANGE);
	if (x < W64_QC(-11433.462743336297878837243843452621))
		return w64_isinfq(x) ? 0 : __w64_math_errorq(0, ERANGE);
	w64_f128 r = __w64_expq_core(x, 0, 0);
	if (w64_expq(r) == 0)
		return __w64_math_errorq(r, ERANGE);
	return r;
}

long double expl(long double x)
{
	return (long double)__w64_expq(x);
}
