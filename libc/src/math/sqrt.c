#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* wasm's f64.sqrt (x86's sqrtsd natively): correctly rounded. */
double sqrt(double x)
{
	if (x < 0)
		return __w64_math_error(__builtin_nan(""), EDOM);
	return __builtin_sqrt(x);
}
