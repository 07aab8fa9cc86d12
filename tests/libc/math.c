/*
 * libm's special cases, inside wasm64 (and natively, tests/32): exact
 * results at +-0, +-inf and NaN, signed zeros, errno (EDOM for a domain
 * error, ERANGE for a pole, an overflow or an underflow, as C11 7.12.1
 * and math_errhandling == MATH_ERRNO say), the classification macros and
 * a few exactly known values.  Accuracy over many inputs is measured
 * against glibc natively (tests/libc-native/libm_accuracy.c).
 *
 * Built with -fmath-errno -fno-builtin (tests/30-libc.bats): clang's
 * default for wasm is -fno-math-errno, under which it may assume these
 * calls leave errno alone, and it folds some calls with constant
 * arguments (pow(x, -1) into 1/x) whatever the flag; -fno-builtin keeps
 * every call a call to the library under test.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "check.h"

static int same(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0 || (a != a && b != b);
}

static int samef(float a, float b)
{
	return memcmp(&a, &b, sizeof a) == 0 || (a != a && b != b);
}

static int samel(long double a, long double b)
{
	return a == b ? signbit(a) == signbit(b) : (a != a && b != b);
}

/* E(expr, want, err): the value (bit for bit, NaN as any NaN) and errno
 * afterwards (0 = untouched). */
#define E(expr, want, err) do { errno = 0; CHECK(same((expr), (want)) && errno == (err)); } while (0)
#define EF(expr, want, err) do { errno = 0; CHECK(samef((expr), (want)) && errno == (err)); } while (0)
#define EL(expr, want, err) do { errno = 0; CHECK(samel((expr), (want)) && errno == (err)); } while (0)

static volatile double vzero = 0.0;

static void test_double(void)
{
	double inf = INFINITY, nan = NAN;

	E(sin(0.0), 0.0, 0);
	E(sin(-0.0), -0.0, 0);
	E(sin(inf), nan, EDOM);
	E(cos(-inf), nan, EDOM);
	E(tan(inf), nan, EDOM);
	E(cos(0.0), 1.0, 0);
	E(tan(-0.0), -0.0, 0);
	E(sin(nan), nan, 0);
	E(asin(2.0), nan, EDOM);
	E(acos(-1.5), nan, EDOM);
	E(asin(-0.0), -0.0, 0);
	E(acos(1.0), 0.0, 0);
	E(atan(inf), M_PI_2, 0);
	E(atan(-inf), -M_PI_2, 0);
	E(atan2(0.0, -0.0), M_PI, 0);
	E(atan2(-0.0, -0.0), -M_PI, 0);
	E(atan2(-0.0, 0.0), -0.0, 0);
	E(atan2(inf, inf), M_PI_4, 0);
	E(atan2(1.0, 0.0), M_PI_2, 0);

	E(sinh(-0.0), -0.0, 0);
	E(sinh(1000.0), inf, ERANGE);
	E(cosh(-1000.0), inf, ERANGE);
	E(cosh(-inf), inf, 0);
	E(tanh(-inf), -1.0, 0);
	E(asinh(-inf), -inf, 0);
	E(acosh(0.5), nan, EDOM);
	E(acosh(1.0), 0.0, 0);
	E(atanh(1.0), inf, ERANGE);
	E(atanh(-1.0), -inf, ERANGE);
	E(atanh(2.0), nan, EDOM);

	E(exp(0.0), 1.0, 0);
	E(exp(-inf), 0.0, 0);
	E(exp(inf), inf, 0);
	E(exp(710.0), inf, ERANGE);
	E(exp(-746.0), 0.0, ERANGE);
	E(exp(1.0), M_E, 0);
	E(exp2(10.0), 1024.0, 0);
	E(exp2(-1074.0), 0x1p-1074, 0); /* exact: no underflow */
	E(exp2(-1074.5), 0x1p-1074, ERANGE);
	E(exp2(1024.0), inf, ERANGE);
	E(expm1(-0.0), -0.0, 0);
	E(expm1(-inf), -1.0, 0);
	E(expm1(1000.0), inf, ERANGE);

	E(log(1.0), 0.0, 0);
	E(log(0.0), -inf, ERANGE);
	E(log(-0.0), -inf, ERANGE);
	E(log(-1.0), nan, EDOM);
	E(log(inf), inf, 0);
	E(log(M_E), 1.0, 0);
	E(log2(8.0), 3.0, 0);
	E(log2(0x1p-1074), -1074.0, 0);
	E(log10(1000.0), 3.0, 0);
	E(log10(1e-300), -300.0, 0);
	E(log1p(-1.0), -inf, ERANGE);
	E(log1p(-2.0), nan, EDOM);
	E(log1p(-0.0), -0.0, 0);

	E(pow(2.0, 10.0), 1024.0, 0);
	E(pow(nan, 0.0), 1.0, 0);
	E(pow(1.0, nan), 1.0, 0);
	E(pow(-1.0, inf), 1.0, 0);
	E(pow(-2.0, 0.5), nan, EDOM);
	E(pow(0.0, -1.0), inf, ERANGE);
	E(pow(-0.0, -3.0), -inf, ERANGE);
	E(pow(-0.0, 3.0), -0.0, 0);
	E(pow(-8.0, 1.0 / 3), nan, EDOM);
	E(pow(10.0, 400.0), inf, ERANGE);
	E(pow(10.0, -400.0), 0.0, ERANGE);
	E(pow(-inf, 3.0), -inf, 0);
	E(pow(0.5, -inf), inf, 0);
	E(pow(-3.0, 3.0), -27.0, 0);

	E(sqrt(-1.0), nan, EDOM);
	E(sqrt(-0.0), -0.0, 0);
	E(sqrt(inf), inf, 0);
	E(sqrt(2.0), M_SQRT2, 0);
	E(cbrt(-27.0), -3.0, 0);
	E(cbrt(-0.0), -0.0, 0);
	E(cbrt(-inf), -inf, 0);
	E(hypot(3.0, 4.0), 5.0, 0);
	E(hypot(nan, inf), inf, 0);
	E(hypot(-inf, nan), inf, 0);
	E(hypot(DBL_MAX, DBL_MAX), inf, ERANGE);
	E(hypot(0x1p-1074, 0x1p-1074), 0x1p-1074, 0);

	E(fmod(5.5, 2.0), 1.5, 0);
	E(fmod(-5.5, 2.0), -1.5, 0);
	E(fmod(inf, 1.0), nan, EDOM);
	E(fmod(1.0, 0.0), nan, EDOM);
	E(fmod(-0.0, 1.0), -0.0, 0);
	E(fmod(3.0, inf), 3.0, 0);
	E(remainder(5.5, 2.0), -0.5, 0);
	E(remainder(1.0, 0.0), nan, EDOM);
	E(remainder(-inf, 2.0), nan, EDOM);
	{
		int q = 99;
		E(remquo(7.0, 2.0, &q), -1.0, 0);
		CHECK(q % 8 == 4);
		E(remquo(-7.0, 2.0, &q), 1.0, 0);
		CHECK(q % 8 == -4);
	}

	E(floor(-0.5), -1.0, 0);
	E(floor(-0.0), -0.0, 0);
	E(ceil(-0.5), -0.0, 0);
	E(trunc(-1.5), -1.0, 0);
	E(round(2.5), 3.0, 0);
	E(round(-2.5), -3.0, 0);
	E(round(-0.4), -0.0, 0);
	E(rint(2.5), 2.0, 0);
	E(rint(3.5), 4.0, 0);
	E(rint(-0.5), -0.0, 0);
	E(nearbyint(-1.5), -2.0, 0);
	E(floor(inf), inf, 0);
	E(round(nan), nan, 0);
	CHECK(lround(2.5) == 3 && lround(-2.5) == -3);
	CHECK(llround(-0x1p62) == -(1LL << 62));
	CHECK(lrint(2.5) == 2 && llrint(-3.5) == -4);
	CHECK(lround(1e30) == LONG_MIN && lrint(nan) == LONG_MIN); /* as glibc on x86 */

	{
		int e = 0;
		E(frexp(8.0, &e), 0.5, 0);
		CHECK(e == 4);
		E(frexp(0x1p-1074, &e), 0.5, 0);
		CHECK(e == -1073);
		E(frexp(-0.0, &e), -0.0, 0);
		CHECK(e == 0);
		E(frexp(inf, &e), inf, 0);
		double ip;
		E(modf(-3.25, &ip), -0.25, 0);
		CHECK(same(ip, -3.0));
		E(modf(-inf, &ip), -0.0, 0);
		CHECK(same(ip, -inf));
		E(modf(5.0, &ip), 0.0, 0);
	}
	E(ldexp(1.0, 1024), inf, ERANGE);
	E(ldexp(-0x1.8p-1030, 2130), -inf, ERANGE); /* a subnormal scaled past the top */
	E(ldexp(1.0, -1075), 0.0, ERANGE);
	E(ldexp(1.0, -1074), 0x1p-1074, 0);
	E(ldexp(0x1.8p-1022, -1), 0x1.8p-1023, 0);
	E(scalbn(-0.0, 5), -0.0, 0);
	E(scalbln(3.0, -2), 0.75, 0);
	E(logb(0.0), -inf, ERANGE);
	E(logb(-inf), inf, 0);
	E(logb(0x1p-1074), -1074.0, 0);
	errno = 0;
	CHECK(ilogb(0.0) == FP_ILOGB0 && errno == EDOM);
	errno = 0;
	CHECK(ilogb(nan) == FP_ILOGBNAN && errno == EDOM);
	errno = 0;
	CHECK(ilogb(inf) == INT_MAX && errno == EDOM);
	CHECK(ilogb(0x1p-1074) == -1074);

	E(fma(2.0, 3.0, 1.0), 7.0, 0);
	E(fma(0x1.0000001p0, 0x1.0000001p0, -1.0), 0x1.00000008p-27, 0); /* x y alone rounds */
	CHECK(isnan(fma(inf, 0.0, 1.0)));
	E(fma(1.0, 1.0, -1.0), 0.0, 0);
	E(copysign(1.0, -0.0), -1.0, 0);
	E(copysign(nan, -1.0), -nan, 0);
	CHECK(signbit(copysign(nan, -1.0)));
	E(nextafter(0.0, -1.0), -0x1p-1074, ERANGE);
	E(nextafter(1.0, 2.0), 1.0 + DBL_EPSILON, 0);
	E(nextafter(DBL_MAX, inf), inf, ERANGE);
	E(nextafter(-0.0, 0.0), 0.0, 0);
	E(nexttoward(1.0, 2.0L), 1.0 + DBL_EPSILON, 0);
	E(fmin(nan, 1.0), 1.0, 0);
	E(fmax(1.0, nan), 1.0, 0);
	E(fmin(-0.0, 0.0), -0.0, 0);
	E(fmax(-0.0, 0.0), 0.0, 0);
	E(fdim(3.0, 1.0), 2.0, 0);
	E(fdim(1.0, 3.0), 0.0, 0);
	E(fdim(DBL_MAX, -DBL_MAX), inf, ERANGE);

	E(erf(-0.0), -0.0, 0);
	E(erf(inf), 1.0, 0);
	E(erf(-inf), -1.0, 0);
	E(erfc(inf), 0.0, 0);
	E(erfc(-inf), 2.0, 0);
	E(erfc(30.0), 0.0, ERANGE);
	E(erfc(0.0), 1.0, 0);
	E(tgamma(5.0), 24.0, 0);
	E(tgamma(0.5), 1.7724538509055160273, 0);
	E(tgamma(0.0), inf, ERANGE);
	E(tgamma(-0.0), -inf, ERANGE);
	E(tgamma(-2.0), nan, EDOM);
	E(tgamma(-inf), nan, EDOM);
	E(tgamma(inf), inf, 0);
	E(tgamma(172.0), inf, ERANGE);
	E(tgamma(171.0), 0x1.4ab7864418639p+1019, 0); /* 170!, correctly rounded */
	E(lgamma(1.0), 0.0, 0);
	E(lgamma(2.0), 0.0, 0);
	E(lgamma(0.0), inf, ERANGE);
	E(lgamma(-3.0), inf, ERANGE);
	E(lgamma(-inf), inf, 0);
	E(lgamma(-0.5), 0x1.43f89a3f0edd6p+0, 0); /* log(2 sqrt(pi)) */
	CHECK(signgam == -1);
	lgamma(-1.5);
	CHECK(signgam == 1);
}

static void test_float(void)
{
	float inf = INFINITY, nan = NAN;
	EF(sinf(-0.0f), -0.0f, 0);
	EF(sinf(inf), nan, EDOM);
	EF(cosf(0.0f), 1.0f, 0);
	EF(expf(89.0f), inf, ERANGE);  /* finite in double: ERANGE from the float */
	EF(expf(-104.0f), 0.0f, ERANGE); /* 6.8e-46: below half the smallest subnormal */
	EF(expf(-120.0f), 0.0f, ERANGE);
	EF(exp2f(-149.0f), 0x1p-149f, 0);
	EF(exp2f(-149.5f), 0x1p-149f, ERANGE);
	EF(exp2f(3.0f), 8.0f, 0);
	EF(logf(0.0f), -inf, ERANGE);
	EF(logf(-1.0f), nan, EDOM);
	EF(log2f(1024.0f), 10.0f, 0);
	EF(powf(2.0f, 128.0f), inf, ERANGE);
	EF(powf(-0.0f, -1.0f), -inf, ERANGE);
	EF(sqrtf(-1.0f), nan, EDOM);
	EF(sqrtf(4.0f), 2.0f, 0);
	EF(cbrtf(-8.0f), -2.0f, 0);
	EF(hypotf(3.0f, 4.0f), 5.0f, 0);
	EF(hypotf(FLT_MAX, FLT_MAX), inf, ERANGE);
	EF(fmodf(5.5f, 2.0f), 1.5f, 0);
	EF(fmodf(1.0f, 0.0f), nan, EDOM);
	EF(remainderf(5.5f, 2.0f), -0.5f, 0);
	EF(floorf(-0.5f), -1.0f, 0);
	EF(ceilf(-0.5f), -0.0f, 0);
	EF(roundf(-2.5f), -3.0f, 0);
	EF(rintf(2.5f), 2.0f, 0);
	EF(truncf(-0.7f), -0.0f, 0);
	CHECK(lroundf(-2.5f) == -3 && llrintf(2.5f) == 2);
	EF(ldexpf(1.0f, 128), inf, ERANGE);
	EF(ldexpf(1.0f, -149), 0x1p-149f, 0);
	EF(ldexpf(1.0f, -150), 0.0f, ERANGE);
	EF(scalbnf(0x1.8p-148f, -1), 0x1p-148f, ERANGE); /* 1.5 x 2^-149 rounds to even */
	EF(logbf(0x1p-149f), -149.0f, 0);
	CHECK(ilogbf(0x1p-149f) == -149);
	EF(nextafterf(0.0f, 1.0f), 0x1p-149f, ERANGE);
	EF(nextafterf(1.0f, 0.0f), 1.0f - FLT_EPSILON / 2, 0);
	EF(nexttowardf(1.0f, 2.0L), 1.0f + FLT_EPSILON, 0);
	EF(fmaf(0x1.002p0f, 0x1.002p0f, -1.0f), 0x1.001p-10f, 0); /* x y alone rounds */
	EF(fmaf(0x1.000002p0f, 0x1.000002p0f, -1.0f), 0x1p-22f, 0); /* 2^-22 + 2^-46: a tie, to even */
	EF(fminf(nan, -1.0f), -1.0f, 0);
	EF(fdimf(FLT_MAX, -FLT_MAX), inf, ERANGE);
	EF(copysignf(2.0f, -0.0f), -2.0f, 0);
	EF(tgammaf(-1.0f), nan, EDOM);
	EF(tgammaf(4.0f), 6.0f, 0);
	EF(lgammaf(1.0f), 0.0f, 0);
	EF(erff(inf), 1.0f, 0);
	EF(erfcf(-inf), 2.0f, 0);
	{
		int e;
		EF(frexpf(0x1p-149f, &e), 0.5f, 0);
		CHECK(e == -148);
		float ip;
		EF(modff(-2.5f, &ip), -0.5f, 0);
		CHECK(samef(ip, -2.0f));
		int q;
		EF(remquof(7.0f, 2.0f, &q), -1.0f, 0);
		CHECK(q % 8 == 4);
	}
	EF(atan2f(-0.0f, -1.0f), (float)-M_PI, 0);
	EF(acoshf(1.0f), 0.0f, 0);
	EF(atanhf(1.0f), inf, ERANGE);
	EF(sinhf(100.0f), inf, ERANGE);
	EF(tanhf(-0.0f), -0.0f, 0);
	EF(expm1f(-0.0f), -0.0f, 0);
	EF(log1pf(-1.0f), -inf, ERANGE);
	EF(log10f(100.0f), 2.0f, 0);
	EF(asinf(2.0f), nan, EDOM);
	EF(acosf(-1.0f), (float)M_PI, 0);
	EF(atanf(-inf), (float)-M_PI_2, 0);
	EF(tanf(-0.0f), -0.0f, 0);
	EF(asinhf(-0.0f), -0.0f, 0);
	EF(coshf(0.0f), 1.0f, 0);
	EF(nearbyintf(-0.5f), -0.0f, 0);
	EF(fmaxf(-0.0f, 0.0f), 0.0f, 0);
	EF(fabsf(-inf), inf, 0);
	EF(scalblnf(1.0f, 3L), 8.0f, 0);
	CHECK(lrintf(-2.5f) == -2 && llroundf(2.5f) == 3);
}

/* Within one ulp of the exact value (both finite). */
static int near_ulpl(long double got, long double want)
{
	long double ulp = fabsl(nextafterl(want, want > 0 ? INFINITY : -INFINITY) - want);
	return fabsl(got - want) <= ulp;
}

/*
 * lgammal at the binary128 numbers nearest four of its zeros below -2
 * (-2.457, -2.747, -20 - 4.1e-19, -30 + 3.8e-33), where the reflection
 * formula cancels (docs/libm.md): within an ulp of the exact results
 * (mpmath), which are as small as 2^-112.
 */
static void test_lgammal_zeros(void)
{
	static const struct {
		long double x, want;
		int sign;
	} t[] = {
		{-0x1.3a7fc9600f86c155f64f98af8d04p+1L, -0x1.678ed558b108b80cbdb57a893e71p-112L, -1},
		{-0x1.5fb410a1bd900cbccad25a320f57p+1L, -0x1.6e33a5f13f9e3c6bdc30fa8b829ap-112L, -1},
		{-0x1.40000000000000007950ae900809p+4L, -0x1.c77a64b58774c63b414bb13c99a4p-49L, -1},
		{-0x1.dfffffffffffffffffffffffffffp+4L, 0x1.9cff7929ff8c90f4519eb025b503p-3L, 1},
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		signgam = 0;
		CHECK(near_ulpl(lgammal(t[i].x), t[i].want) && signgam == t[i].sign);
	}
}

static void test_long_double(void)
{
	long double inf = INFINITY, nan = NAN;
	EL(sqrtl(4.0L), 2.0L, 0);
	EL(sqrtl(-1.0L), nan, EDOM);
	EL(sqrtl(-0.0L), -0.0L, 0);
	EL(floorl(-0.5L), -1.0L, 0);
	EL(ceill(-0.5L), -0.0L, 0);
	EL(roundl(2.5L), 3.0L, 0);
	EL(rintl(2.5L), 2.0L, 0);
	EL(truncl(-1.75L), -1.0L, 0);
	EL(nearbyintl(3.5L), 4.0L, 0);
	CHECK(lroundl(-2.5L) == -3 && llrintl(2.5L) == 2 && lrintl(3.5L) == 4 && llroundl(0.5L) == 1);
	EL(fmodl(5.5L, 2.0L), 1.5L, 0);
	EL(fmodl(1.0L, 0.0L), nan, EDOM);
	EL(remainderl(5.5L, 2.0L), -0.5L, 0);
	{
		int q;
		EL(remquol(7.0L, 2.0L, &q), -1.0L, 0);
		CHECK(q % 8 == 4);
		int e;
		EL(frexpl(8.0L, &e), 0.5L, 0);
		CHECK(e == 4);
		long double ip;
		EL(modfl(-3.25L, &ip), -0.25L, 0);
		CHECK(samel(ip, -3.0L));
	}
	EL(ldexpl(1.0L, 20000), inf, ERANGE);
	EL(scalbnl(3.0L, -1), 1.5L, 0);
	EL(scalblnl(3.0L, 2L), 12.0L, 0);
	EL(logbl(0.0L), -inf, ERANGE);
	CHECK(ilogbl(1024.0L) == 10);
	EL(copysignl(1.0L, -0.0L), -1.0L, 0);
	EL(fabsl(-inf), inf, 0);
	EL(fminl(nan, 1.0L), 1.0L, 0);
	EL(fmaxl(-0.0L, 0.0L), 0.0L, 0);
	EL(fdiml(1.0L, 3.0L), 0.0L, 0);
	EL(fmal(2.0L, 3.0L, 1.0L), 7.0L, 0);
#if LDBL_MANT_DIG == 113 /* natively long double is x87's, and these go through binary128 */
	EL(nextafterl(1.0L, 2.0L), 1.0L + LDBL_EPSILON, 0);
	EL(nexttowardl(1.0L, 0.0L), 1.0L - LDBL_EPSILON / 2, 0);
	EL(sqrtl(2.0L), 0x1.6a09e667f3bcc908b2fb1366ea95p+0L, 0);
	EL(expl(1.0L), 0x1.5bf0a8b1457695355fb8ac404e7ap+1L, 0);
	EL(sinl(1.0L), 0x1.aed548f090cee0418dd3d2138a1ep-1L, 0);
	EL(atanl(1.0L) * 4, 0x1.921fb54442d18469898cc51701b8p+1L, 0);
	EL(fmal(1.0L + LDBL_EPSILON, 1.0L - LDBL_EPSILON, -1.0L), -LDBL_EPSILON * LDBL_EPSILON, 0);
#endif
	CHECK(isnan(nanl("")));
	EL(expl(0.0L), 1.0L, 0);
	EL(expl(-inf), 0.0L, 0);
	EL(expl(1e6L), inf, ERANGE);
	EL(exp2l(10.0L), 1024.0L, 0);
	EL(expm1l(-0.0L), -0.0L, 0);
	EL(logl(1.0L), 0.0L, 0);
	EL(logl(0.0L), -inf, ERANGE);
	EL(logl(-1.0L), nan, EDOM);
	EL(log2l(8.0L), 3.0L, 0);
	EL(log10l(1000.0L), 3.0L, 0);
	EL(log1pl(-1.0L), -inf, ERANGE);
	EL(powl(2.0L, 10.0L), 1024.0L, 0);
	EL(powl(-2.0L, 0.5L), nan, EDOM);
	EL(powl(0.0L, -1.0L), inf, ERANGE);
	EL(sinl(-0.0L), -0.0L, 0);
	EL(sinl(inf), nan, EDOM);
	EL(cosl(0.0L), 1.0L, 0);
	EL(tanl(0.0L), 0.0L, 0);
	EL(asinl(2.0L), nan, EDOM);
	EL(acosl(1.0L), 0.0L, 0);
	EL(atanl(-0.0L), -0.0L, 0);
	EL(atan2l(0.0L, -0.0L), atan2l(0.0L, -1.0L), 0);
	EL(sinhl(-0.0L), -0.0L, 0);
	EL(coshl(0.0L), 1.0L, 0);
	EL(tanhl(inf), 1.0L, 0);
	EL(asinhl(-0.0L), -0.0L, 0);
	EL(acoshl(0.5L), nan, EDOM);
	EL(atanhl(1.0L), inf, ERANGE);
	EL(cbrtl(-27.0L), -3.0L, 0);
	EL(hypotl(3.0L, 4.0L), 5.0L, 0);
	EL(erfl(inf), 1.0L, 0);
	EL(erfcl(-inf), 2.0L, 0);
	EL(tgammal(5.0L), 24.0L, 0);
	EL(tgammal(-1.0L), nan, EDOM);
	EL(lgammal(1.0L), 0.0L, 0);
	EL(lgammal(0.0L), inf, ERANGE);
	if (LDBL_MANT_DIG == 113)
		test_lgammal_zeros();
}

static void test_nan(void)
{
	CHECK(isnan(nan("")) && isnan(nanf("")) && isnan(nanl("")));
}

static void test_classify(void)
{
	double sub = 0x1p-1070 + vzero;
	CHECK(fpclassify(0.0) == FP_ZERO && fpclassify(-0.0f) == FP_ZERO);
	CHECK(fpclassify(sub) == FP_SUBNORMAL && fpclassify(1.0) == FP_NORMAL);
	CHECK(fpclassify(INFINITY) == FP_INFINITE && fpclassify(NAN) == FP_NAN);
	CHECK(fpclassify(0x1p-16440L) == FP_SUBNORMAL || LDBL_MANT_DIG != 113);
	CHECK(isnan(NAN) && !isnan(INFINITY) && isinf(-INFINITY) && !isinf(DBL_MAX));
	CHECK(isfinite(DBL_MAX) && !isfinite(NAN) && isnormal(DBL_MIN) && !isnormal(sub));
	CHECK(signbit(-0.0) && !signbit(0.0) && signbit(-NAN) && signbit(-1.0L));
	CHECK(isgreater(2.0, 1.0) && !isgreater(NAN, 1.0) && isgreaterequal(1.0, 1.0));
	CHECK(isless(1.0f, 2.0f) && islessequal(-0.0, 0.0) && !islessgreater(0.0, -0.0));
	CHECK(islessgreater(1.0, 2.0) && isunordered(NAN, 1.0) && !isunordered(1.0L, 2.0L));
	CHECK(math_errhandling == MATH_ERRNO);
}

int main(void)
{
	test_double();
	test_float();
	test_long_double();
	test_nan();
	test_classify();
	return check_summary();
}
