#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* long double is nextafterl's own type. */
long double nexttowardl(long double x, long double y)
{
	return (long double)__w64_nextafterq(x, y);
}
