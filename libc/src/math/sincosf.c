#include <math.h>

void sincosf(float x, float *s, float *c)
{
	*s = sinf(x);
	*c = cosf(x);
}
