#include <math.h>

#include "w64_math.h"

double fmod(double x, double y)
{
	return __w64_remquo(x, y, 0, 0);
}
