/* libm beyond C11: the Bessel functions (values correctly rounded from
 * mpmath at 200 bits, next to zeros too; the special cases and errno as
 * glibc), exp10/pow10, sincos, lgamma_r, drem, finite, scalb, significand.
 * tests/libc-native/libm_accuracy.c measures their accuracy.  Built with
 * -fmath-errno -fno-builtin (math.c says why). */
#include <errno.h>
#include <float.h>
#include <math.h>

#include "check.h"

#define IS_NEG_ZERO(x) ((x) == 0 && signbit(x))
#define IS_POS_ZERO(x) ((x) == 0 && !signbit(x))

static void bessel(void)
{
	CHECK(j0(1.0) == 0x1.87c7fdbd7b8f0p-1);
	CHECK(j1(1.0) == 0x1.c29c9ee970c6cp-2);
	CHECK(y0(1.0) == 0x1.6980226f358dfp-4);
	CHECK(y1(1.0) == -0x1.8ffb207d66b94p-1);
	CHECK(j0(2.404825557695773) == -0x1.19b7921f03c8ep-54);
	CHECK(jn(2, 5.0) == 0x1.7d76207184296p-5);
	CHECK(yn(2, 5.0) == 0x1.787c9e62f9aabp-2);
	CHECK(jn(5, 1.0) == 0x1.05e3d487e8376p-12);
	CHECK(y0(0.8935769662791675) == -0x1.af74bfa0f1304p-56);
	CHECK(j1(100.0) == -0x1.3bfcc3bf06394p-4);
	CHECK(y0(1000.0) == 0x1.350ff97c08bedp-8);
	CHECK(jn(10, 3.0) == 0x1.b1cdb1ecc5253p-17);
	CHECK(yn(10, 3.0) == -0x1.42d36d9acff02p+11);
	CHECK(jn(3, 1e-5) == 0x1.804ea2933cdbap-56);
	CHECK(j0(1e10) == 0x1.2400c369dc71fp-19);
	CHECK(y1(1e-300) == -0x1.e6b6f220dd8bdp+995);
	CHECK(jn(-3, 1.0) == -0x1.4086a7638f7a3p-6);
	CHECK(yn(-3, 1.0) == 0x1.7493be94ad3b0p+2);
	CHECK(jn(3, -1.0) == -0x1.4086a7638f7a3p-6);
	CHECK(j1(-2.0) == -0x1.27487958371f0p-1);
	CHECK(j0(0x1p100) == -0x1.ba8c0831ade12p-53);
	CHECK(y0(5e-324) == -0x1.d9ffc3469e1b3p+8);
	CHECK(j0f(1.0f) == 0x1.87c7fep-1f);
	CHECK(jnf(5, 1.0f) == (float)0x1.05e3d487e8376p-12);

	/* special cases, as glibc */
	CHECK(j0(INFINITY) == 0 && j0(-INFINITY) == 0 && j0(0.0) == 1 && j0(-0.0) == 1);
	CHECK(isnan(j0(NAN)) && isnan(j1(NAN)) && isnan(y0(NAN)) && isnan(jn(2, NAN)) && isnan(yn(2, NAN)));
	CHECK(IS_POS_ZERO(j1(INFINITY)) && IS_NEG_ZERO(j1(-INFINITY)));
	CHECK(IS_POS_ZERO(j1(0.0)) && IS_NEG_ZERO(j1(-0.0)));
	CHECK(y0(INFINITY) == 0 && y1(INFINITY) == 0 && yn(2, INFINITY) == 0);
	CHECK(IS_POS_ZERO(jn(2, INFINITY)) && IS_POS_ZERO(jn(2, -INFINITY)) && IS_NEG_ZERO(jn(3, -INFINITY)));
	CHECK(IS_POS_ZERO(jn(2, 0.0)) && IS_NEG_ZERO(jn(3, -0.0)) && IS_NEG_ZERO(jn(-3, 0.0)) && IS_POS_ZERO(jn(-3, -0.0)));
	errno = 0;
	CHECK(y0(0.0) == -INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(y0(-0.0) == -INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(isnan(y0(-1.0)) && errno == EDOM);
	errno = 0;
	CHECK(isnan(y1(-INFINITY)) && errno == EDOM);
	errno = 0;
	CHECK(y1(5e-324) == -INFINITY && errno == ERANGE); /* -2/(pi x) overflows */
	errno = 0;
	CHECK(isfinite(y1(1e-308)) && errno == 0);
	errno = 0;
	CHECK(yn(2, 0.0) == -INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(yn(-3, 0.0) == INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(isnan(yn(2, -1.0)) && errno == EDOM);
	errno = 0;
	CHECK(yn(400, 1.0) == -INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(jn(400, 1.0) == 0 && errno == ERANGE);
	errno = 0;
	CHECK(jn(1000, 1e-5) == 0 && errno == ERANGE);
	errno = 0;
	CHECK(j1(5e-324) == 0 && errno == ERANGE);
	errno = 0;
	CHECK(y0f(0.0f) == -INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(y1f(1e-40f) == -INFINITY && errno == ERANGE);
	CHECK(jn(0, 2.5) == j0(2.5) && jn(1, 2.5) == j1(2.5) && yn(0, 2.5) == y0(2.5) && yn(1, 2.5) == y1(2.5));
	CHECK(jn(-1, 2.5) == -j1(2.5) && yn(-1, 2.5) == -y1(2.5));
	CHECK(isfinite(jn(2147483647, 1.0)) && isfinite(jn(-2147483647 - 1, 1.0)));
}

static void others(void)
{
	CHECK(exp10(2.0) == 100.0 && exp10(0.0) == 1.0 && exp10(-1.0) == 0x1.999999999999ap-4);
	CHECK(exp10(22.0) == 1e22 && exp10(-300.0) == 1e-300);
	CHECK(exp10(0.5) == 0x1.94c583ada5b53p+1);
	CHECK(exp10f(3.0f) == 1000.0f && exp10l(4.0L) == 10000.0L);
	CHECK(exp10l(-1.0L) == 0.1L && fabsl(exp10l(0.5L) - sqrtl(10.0L)) <= 2 * LDBL_EPSILON);
	CHECK(pow10(3.0) == 1000.0 && pow10f(2.0f) == 100.0f && pow10l(2.0L) == 100.0L);
	errno = 0;
	CHECK(exp10(309.0) == HUGE_VAL && errno == ERANGE);
	errno = 0;
	CHECK(exp10(-400.0) == 0 && errno == ERANGE);
	errno = 0;
	CHECK(exp10l(5000.0L) == HUGE_VALL && errno == ERANGE);
	CHECK(exp10(-INFINITY) == 0 && exp10(INFINITY) == INFINITY && isnan(exp10(NAN)));

	double s, c;
	sincos(1.0, &s, &c);
	CHECK(s == sin(1.0) && c == cos(1.0));
	sincos(-0.0, &s, &c);
	CHECK(IS_NEG_ZERO(s) && c == 1);
	float sf, cf;
	sincosf(2.0f, &sf, &cf);
	CHECK(sf == sinf(2.0f) && cf == cosf(2.0f));
	long double sl, cl;
	sincosl(3.0L, &sl, &cl);
	CHECK(sl == sinl(3.0L) && cl == cosl(3.0L));

	int sign = 0;
	signgam = 7;
	CHECK(lgamma_r(-0.5, &sign) == lgamma(-0.5) && sign == -1);
	signgam = 7;
	CHECK(lgamma_r(3.5, &sign) > 1 && sign == 1 && signgam == 7);
	CHECK(lgammaf_r(-2.5f, &sign) == lgammaf(-2.5f) && sign == -1);
	CHECK(lgammal_r(-1.5L, &sign) == lgammal(-1.5L) && sign == 1);
	errno = 0;
	CHECK(lgamma_r(-3.0, &sign) == HUGE_VAL && errno == ERANGE);

	CHECK(drem(5.0, 3.0) == -1.0 && dremf(7.0f, 2.0f) == -1.0f && drem(7.5, 2.0) == -0.5);
	CHECK(finite(1.0) && !finite(INFINITY) && !finite(NAN) && finitef(FLT_MAX) && !finitef(-INFINITY));

	CHECK(scalb(3.0, 2.0) == 12.0 && scalbf(3.0f, -1.0f) == 1.5f);
	CHECK(scalb(1.0, INFINITY) == INFINITY && IS_POS_ZERO(scalb(1.0, -INFINITY)) && IS_NEG_ZERO(scalb(-1.0, -INFINITY)));
	errno = 0;
	CHECK(isnan(scalb(1.0, 0.5)) && errno == EDOM);
	errno = 0;
	CHECK(isnan(scalb(0.0, INFINITY)) && errno == EDOM);
	errno = 0;
	CHECK(isnan(scalb(INFINITY, -INFINITY)) && errno == EDOM);
	errno = 0;
	CHECK(scalb(1.0, 1e10) == INFINITY && errno == ERANGE);
	errno = 0;
	CHECK(scalb(1.0, -1e10) == 0 && errno == ERANGE);
	errno = 0;
	CHECK(isnan(scalbf(1.0f, 0.25f)) && errno == EDOM);
	CHECK(isnan(scalb(NAN, 1.0)) && isnan(scalb(1.0, NAN)));

	CHECK(significand(10.0) == 1.25 && significand(-3.0) == -1.5 && significand(5e-324) == 1.0);
	CHECK(IS_NEG_ZERO(significand(-0.0)) && significand(INFINITY) == INFINITY && isnan(significand(NAN)));
	CHECK(significandf(48.0f) == 1.5f && significandf(1e-45f) == 1.0f);
}

int main(void)
{
	bessel();
	others();
	return check_summary();
}
