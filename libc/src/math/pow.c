#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* 1 when y is an odd integer, 2 when an even one, 0 when not an integer. */
static int integer_kind(double y)
{
	double ay = __builtin_fabs(y);
	if (ay >= 0x1p53)
		return 2;
	if (trunc(ay) != ay)
		return 0;
	return (uint64_t)ay & 1 ? 1 : 2;
}

static int is_pow2(double a)
{
	uint64_t u = w64_bits(a);
	if (u >> 52)
		return (u & ((UINT64_C(1) << 52) - 1)) == 0;
	return (u & (u - 1)) == 0;
}

/*
 * x^y = e^(y log|x|): log|x| in double-double from __w64_log_dd (about
 * 2^-70 relative), times y in double-double, into __w64_exp_core with the
 * low part: the product is within 2^-62 absolute (|y log x| < 745 where
 * the result is finite), so the result before its one rounding is within
 * 2^-62 relative.  The special cases are C11 F.10.4.4's.
 */
double pow(double x, double y)
{
	int yint = integer_kind(y);
	double ax = __builtin_fabs(x);

	if (y == 0 || x == 1)
		return 1.0;
	if (x != x || y != y)
		return x + y;
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1.0;
		return (ax > 1) == (y > 0) ? HUGE_VAL : 0.0;
	}
	if (x == 0) {
		int odd = yint == 1;
		if (y < 0)
			return __w64_math_error(odd ? 1 / x : HUGE_VAL, ERANGE);
		return odd ? x : 0.0;
	}
	if (__builtin_isinf(x)) {
		int odd = yint == 1 && x < 0;
		double r = y < 0 ? 0.0 : HUGE_VAL;
		return odd ? -r : r;
	}
	int neg = 0;
	if (x < 0) {
		if (yint == 0)
			return __w64_math_error(__builtin_nan(""), EDOM);
		neg = yint == 1;
	}
	if (__builtin_fabs(y) >= 0x1p64) {
		/* |x| != 1 here: the result is 0 or infinite. */
		int big = (ax > 1) == (y > 0);
		double r = big ? HUGE_VAL : 0.0;
		return __w64_math_error(neg ? -r : r, ERANGE);
	}
	double ll;
	double lh = __w64_log_dd(ax, 0, &ll);
	double zl;
	double zh = w64_two_prod(y, lh, &zl);
	zl += y * ll;
	zh = w64_fast_two_sum(zh, zl, &zl);
	double r;
	if (zh > 709.8) {
		r = HUGE_VAL;
	} else if (zh < -745.2) {
		r = 0;
	} else {
		int k;
		double lo;
		double hi = __w64_exp_core(zh, zl, &k, &lo);
		r = __w64_scale(hi + lo, k);
	}
	if (neg)
		r = -r;
	/* Overflow, or an inexact result below DBL_MIN: ERANGE.  Only a power
	 * of two to an integer power gives an exact subnormal. */
	if (__builtin_isinf(r) || r == 0 || (__builtin_fabs(r) < 0x1p-1022 && !(is_pow2(ax) && yint)))
		return __w64_math_error(r, ERANGE);
	return r;
}
