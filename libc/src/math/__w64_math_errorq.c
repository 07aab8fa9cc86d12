#include "w64_errno.h"
#include "w64_math.h"

w64_f128 __w64_math_errorq(w64_f128 r, int e)
{
	__w64_set_errno(e);
	return r;
}
