#include <math.h>

/* The old GNU name of exp10l. */
long double pow10l(long double x)
{
	return exp10l(x);
}
