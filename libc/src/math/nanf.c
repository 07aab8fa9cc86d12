#include <math.h>

#include "w64_math.h"

float nanf(const char *s)
{
	return (float)nan(s);
}
