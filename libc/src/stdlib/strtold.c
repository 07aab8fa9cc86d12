#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdlib.h>

#include "w64_errno.h"
#include "w64_strtod.h"

/*
 * wasm64's long double is IEEE binary128; the native test build also
 * has x87's 80-bit format (explicit integer bit), so that strtold can be
 * compared with glibc's there.
 */
long double strtold(const char *restrict s, char **restrict end)
{
#if LDBL_MANT_DIG == 113
	static const struct __w64_fpfmt fmt = {113, -16382, 16383};
	const w64_u128 frac_mask = ((w64_u128)1 << 112) - 1;
	struct __w64_fpval v;
	w64_u128 bits = 0;

	switch (__w64_strtofp(s, end, &fmt, &v)) {
	case W64_FPV_FINITE:
		bits = v.mant >> 112 ? (w64_u128)(v.exp + 16495) << 112 | (v.mant & frac_mask) : v.mant;
		break;
	case W64_FPV_INF:
		bits = (w64_u128)0x7fff << 112;
		break;
	case W64_FPV_NAN:
		bits = (w64_u128)0xffff << 111 | v.payload;
		break;
	}
	bits |= (w64_u128)v.neg << 127;
	if (v.erange)
		__w64_set_errno(ERANGE);
	union {
		w64_u128 u;
		long double f;
	} u = {bits};
	return u.f;
#elif LDBL_MANT_DIG == 64
	static const struct __w64_fpfmt fmt = {64, -16382, 16383};
	struct __w64_fpval v;
	uint64_t mant = 0;
	unsigned sexp = 0;

	switch (__w64_strtofp(s, end, &fmt, &v)) {
	case W64_FPV_FINITE:
		mant = (uint64_t)v.mant;
		sexp = mant >> 63 ? (unsigned)(v.exp + 16446) : 0;
		break;
	case W64_FPV_INF:
		mant = UINT64_C(1) << 63;
		sexp = 0x7fff;
		break;
	case W64_FPV_NAN:
		mant = UINT64_C(3) << 62 | (v.payload & ((UINT64_C(1) << 62) - 1));
		sexp = 0x7fff;
		break;
	}
	sexp |= (unsigned)v.neg << 15;
	if (v.erange)
		__w64_set_errno(ERANGE);
	union {
		struct {
			uint64_t mant;
			uint16_t sexp;
		} parts;
		long double f;
	} u = {{mant, (uint16_t)sexp}};
	return u.f;
#else
#error "strtold: unsupported long double format"
#endif
}
