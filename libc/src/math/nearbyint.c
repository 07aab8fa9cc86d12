#include <math.h>

/* wasm has no floating-point exception flags to leave alone: rint. */
double nearbyint(double x)
{
	return rint(x);
}
