#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/* nan()'s payload, widened (the quiet bit stays the leading fraction bit). */
long double nanl(const char *s)
{
	return (long double)nan(s);
}
