#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* wasm's f32.sqrt (x86's sqrtss natively): correctly rounded. */
float sqrtf(float x)
{
	if (x < 0)
		return __w64_math_errorf(__builtin_nanf(""), EDOM);
	return __builtin_sqrtf(x);
}
