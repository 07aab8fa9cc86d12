#include <math.h>

/* The old GNU name of exp10f. */
float pow10f(float x)
{
	return exp10f(x);
}
