#include <math.h>

/* GNU: both at once.  Each is sin's and cos's own result (the argument
 * reduction is repeated; it is cheap next to the kernels). */
void sincos(double x, double *s, double *c)
{
	*s = sin(x);
	*c = cos(x);
}
