#include <math.h>

#include "w64_math.h"

/* A float is a double exactly, and the result is the same. */
long long llrintf(float x)
{
	return llrint(x);
}
