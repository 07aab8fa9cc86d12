#include <math.h>

float significandf(float x)
{
	if (x != x)
		return x + x;
	if (x == 0 || __builtin_isinf(x))
		return x;
	int e;
	return 2 * frexpf(x, &e);
}
