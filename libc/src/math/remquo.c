#include <math.h>

#include "w64_math.h"

double remquo(double x, double y, int *quo)
{
	*quo = 0;
	return __w64_remquo(x, y, quo, 1);
}
