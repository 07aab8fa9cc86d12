#include <math.h>

/* The old GNU name of exp10. */
double pow10(double x)
{
	return exp10(x);
}
