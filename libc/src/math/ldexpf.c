#include <math.h>

float ldexpf(float x, int n)
{
	return scalblnf(x, n);
}
