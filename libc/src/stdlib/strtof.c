#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_strtod.h"

/* Rounded once, straight to float (never through double). */
float strtof(const char *restrict s, char **restrict end)
{
	static const struct __w64_fpfmt fmt = {24, -126, 127};
	struct __w64_fpval v;
	uint32_t bits = 0;

	switch (__w64_strtofp(s, end, &fmt, &v)) {
	case W64_FPV_FINITE: {
		uint32_t m = (uint32_t)v.mant;
		bits = m >> 23 ? (uint32_t)(v.exp + 150) << 23 | (m & 0x7fffff) : m;
		break;
	}
	case W64_FPV_INF:
		bits = 0x7f800000;
		break;
	case W64_FPV_NAN:
		bits = 0x7fc00000 | (uint32_t)(v.payload & 0x3fffff);
		break;
	}
	bits |= (uint32_t)v.neg << 31;
	if (v.erange)
		__w64_set_errno(ERANGE);
	union {
		uint32_t u;
		float f;
	} u = {bits};
	return u.f;
}
