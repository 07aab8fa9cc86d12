#include <limits.h>
#include <stdlib.h>

#include "w64_strto.h"

/* Like strtoll(s, NULL, 10), saturating, but leaves errno alone. */
long long atoll(const char *s)
{
	int neg, overflow;
	uintmax_t v = __w64_strtox(s, NULL, 10, &neg, &overflow);

	if (!neg)
		return overflow || v > LLONG_MAX ? LLONG_MAX : (long long)v;
	if (overflow || v > (uintmax_t)LLONG_MAX + 1)
		return LLONG_MIN;
	return v == 0 ? 0 : -(long long)(v - 1) - 1;
}
