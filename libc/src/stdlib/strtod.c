#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_strtod.h"

/* C11 7.22.1.3, correctly rounded: see __w64_strtofp.c. */
double strtod(const char *restrict s, char **restrict end)
{
	static const struct __w64_fpfmt fmt = {53, -1022, 1023};
	struct __w64_fpval v;
	uint64_t bits = 0;

	switch (__w64_strtofp(s, end, &fmt, &v)) {
	case W64_FPV_FINITE: {
		uint64_t m = (uint64_t)v.mant;
		/* A normal number's exponent field is e + 52 + 1023. */
		bits = m >> 52 ? (uint64_t)(v.exp + 1075) << 52 | (m & ((UINT64_C(1) << 52) - 1)) : m;
		break;
	}
	case W64_FPV_INF:
		bits = UINT64_C(0x7ff0000000000000);
		break;
	case W64_FPV_NAN:
		bits = UINT64_C(0x7ff8000000000000) | (v.payload & ((UINT64_C(1) << 51) - 1));
		break;
	}
	bits |= (uint64_t)v.neg << 63;
	if (v.erange)
		__w64_set_errno(ERANGE);
	union {
		uint64_t u;
		double d;
	} u = {bits};
	return u.d;
}
