#include <math.h>

float dremf(float x, float y)
{
	return remainderf(x, y);
}
