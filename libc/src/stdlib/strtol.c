#include <errno.h>
#include <stdlib.h>
#include <limits.h>

#include "w64_errno.h"
#include "w64_strto.h"

long strtol(const char *restrict s, char **restrict end, int base)
{
	int neg, overflow;
	uintmax_t v = __w64_strtox(s, end, base, &neg, &overflow);

	/* The magnitude of LONG_MIN is LONG_MAX + 1. */
	uintmax_t limit = neg ? (uintmax_t)LONG_MAX + 1 : (uintmax_t)LONG_MAX;
	if (overflow || v > limit) {
		__w64_set_errno(ERANGE);
		return neg ? LONG_MIN : LONG_MAX;
	}
	if (!neg)
		return (long)v;
	/* -(v - 1) - 1 rather than -v: v may be the magnitude of LONG_MIN,
	 * which the signed type cannot hold. */
	return v == 0 ? 0 : -(long)(v - 1) - 1;
}
