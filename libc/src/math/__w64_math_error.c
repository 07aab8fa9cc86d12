#include <errno.h>
#include <float.h>

#include "w64_errno.h"
#include "w64_math.h"

double __w64_math_error(double r, int e)
{
	__w64_set_errno(e);
	return r;
}

float __w64_math_errorf(float r, int e)
{
	__w64_set_errno(e);
	return r;
}

float __w64_narrowf(double r)
{
	float f = (float)r;
	if (__builtin_isinf(f) && !__builtin_isinf(r))
		__w64_set_errno(ERANGE);
	else if (r != 0 && __builtin_fabsf(f) < FLT_MIN && (double)f != r)
		__w64_set_errno(ERANGE);
	return f;
}
