#include <errno.h>
#include <stdlib.h>
#include <limits.h>

#include "w64_errno.h"
#include "w64_strto.h"

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	int neg, overflow;
	uintmax_t v = __w64_strtox(s, end, base, &neg, &overflow);

	/* The magnitude of LLONG_MIN is LLONG_MAX + 1. */
	uintmax_t limit = neg ? (uintmax_t)LLONG_MAX + 1 : (uintmax_t)LLONG_MAX;
	if (overflow || v > limit) {
		__w64_set_errno(ERANGE);
		return neg ? LLONG_MIN : LLONG_MAX;
	}
	if (!neg)
		return (long long)v;
	/* -(v - 1) - 1 rather than -v: v may be the magnitude of LLONG_MIN,
	 * which the signed type cannot hold. */
	return v == 0 ? 0 : -(long long)(v - 1) - 1;
}
