#include <errno.h>
#include <inttypes.h>
#include <stdint.h>

#include "w64_errno.h"
#include "w64_strto.h"

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	int neg, overflow;
	uintmax_t v = __w64_strtox(s, end, base, &neg, &overflow);

	/* The magnitude of INTMAX_MIN is INTMAX_MAX + 1. */
	uintmax_t limit = neg ? (uintmax_t)INTMAX_MAX + 1 : (uintmax_t)INTMAX_MAX;
	if (overflow || v > limit) {
		__w64_set_errno(ERANGE);
		return neg ? INTMAX_MIN : INTMAX_MAX;
	}
	if (!neg)
		return (intmax_t)v;
	/* -(v - 1) - 1 rather than -v: v may be the magnitude of INTMAX_MIN,
	 * which the signed type cannot hold. */
	return v == 0 ? 0 : -(intmax_t)(v - 1) - 1;
}
