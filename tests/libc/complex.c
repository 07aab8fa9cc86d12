/*
 * complex.h in the three formats: values against known results, C11
 * Annex G's special cases (signed zeros, infinities, NaNs, the branch
 * cuts), and clang's own tgmath.h over our math.h and complex.h.
 * Accuracy: tests/libc-native/complex_diff.c against MPC and glibc.
 */
#include <complex.h>
#include <float.h>
#include <math.h>
#include <tgmath.h>

#include "check.h"

static volatile double vzero = 0.0;

/* |got - want| within n ulps of want (per part) */
static int near(double got, double want, double n)
{
	if (isnan(want))
		return isnan(got);
	if (isinf(want) || want == 0)
		return got == want && signbit(got) == signbit(want);
	return fabs(got - want) <= n * fabs(want) * DBL_EPSILON;
}

static int cnear(double complex got, double re, double im)
{
	return near(creal(got), re, 1) && near(cimag(got), im, 1);
}

static int cnearl(long double complex got, long double re, long double im)
{
	long double e = LDBL_EPSILON;
	return fabsl(creall(got) - re) <= e * fabsl(re) && fabsl(cimagl(got) - im) <= e * fabsl(im);
}

static int same(double got, double want)
{
	if (isnan(want))
		return isnan(got);
	return got == want && signbit(got) == signbit(want);
}

static int csame(double complex z, double re, double im)
{
	return same(creal(z), re) && same(cimag(z), im);
}

static int csamef(float complex z, float re, float im)
{
	return same(crealf(z), re) && same(cimagf(z), im);
}

int main(void)
{
	const double inf = INFINITY, nan = NAN, pi = 3.14159265358979323846;

	/* parts, conj, proj */
	double complex z = CMPLX(3.0, -4.0);
	CHECK(creal(z) == 3 && cimag(z) == -4);
	CHECK(cabs(z) == 5 && cabsf(CMPLXF(3, 4)) == 5 && cabsl(CMPLXL(3, 4)) == 5);
	CHECK(csame(conj(z), 3, 4));
	CHECK(csame(conj(CMPLX(1, 0.0)), 1, -0.0));
	CHECK(csame(cproj(CMPLX(inf, -2)), inf, -0.0));
	CHECK(csame(cproj(CMPLX(nan, -inf)), inf, -0.0));
	CHECK(csame(cproj(z), 3, -4));
	CHECK(carg(CMPLX(-1, 0.0)) == pi && carg(CMPLX(-1, -0.0)) == -pi);
	CHECK(cargf(CMPLXF(0, 1)) == (float)(pi / 2));
	CHECK(cimag(CMPLX(1, inf)) == inf); /* CMPLX keeps an infinite part */
	CHECK(I * I == -1);

	/* exact values */
	CHECK(csame(cexp(CMPLX(0, 0)), 1, 0));
	CHECK(cnear(cexp(CMPLX(1, 0)), M_E, 0));
	CHECK(cnear(cexp(CMPLX(0, pi)), -1, 1.2246467991473532e-16));
	CHECK(cnear(clog(CMPLX(-1, 0)), 0, pi));
	CHECK(cnear(clog(CMPLX(0, 1)), 0, pi / 2));
	CHECK(csame(csqrt(CMPLX(-4, 0)), 0, 2));
	CHECK(csame(csqrt(CMPLX(-4, -0.0)), 0, -2));
	CHECK(csame(csqrt(CMPLX(3, 4)), 2, 1));
	CHECK(csame(csqrtf(CMPLXF(-9, 0)), 0, 3));
	CHECK(creal(cpow(CMPLX(0, 1), CMPLX(2, 0))) == -1 && fabs(cimag(cpow(CMPLX(0, 1), CMPLX(2, 0)))) < 1e-30);
	CHECK(cnear(cpow(CMPLX(2, 0), CMPLX(10, 0)), 1024, 0));
	CHECK(cnear(csin(CMPLX(1, 1)), 1.2984575814159773, 0.63496391478473613));
	CHECK(cnear(ccos(CMPLX(1, 1)), 0.83373002513114905, -0.98889770576286510));
	CHECK(cnear(ctan(CMPLX(1, 1)), 0.27175258531951172, 1.0839233273386946));
	CHECK(cnear(csinh(CMPLX(1, 1)), 0.63496391478473613, 1.2984575814159773));
	CHECK(cnear(ccosh(CMPLX(1, 1)), 0.83373002513114905, 0.98889770576286510));
	CHECK(cnear(ctanh(CMPLX(1, 1)), 1.0839233273386946, 0.27175258531951172));
	CHECK(cnear(casin(CMPLX(1, 1)), 0.66623943249251526, 1.0612750619050357));
	CHECK(cnear(cacos(CMPLX(1, 1)), 0.90455689430238136, -1.0612750619050357));
	CHECK(cnear(catan(CMPLX(1, 1)), 1.0172219678978514, 0.40235947810852510));
	CHECK(cnear(casinh(CMPLX(1, 1)), 1.0612750619050357, 0.66623943249251526));
	CHECK(cnear(cacosh(CMPLX(1, 1)), 1.0612750619050357, 0.90455689430238136));
	CHECK(cnear(catanh(CMPLX(1, 1)), 0.40235947810852510, 1.0172219678978514));
	/* |z| next to 1: log1p of the exact x^2 + y^2 - 1 */
	CHECK(fabs(creal(clog(CMPLX(0.6, 0.8)))) < 1e-16);
	CHECK(near(creal(clog(CMPLX(1, 1e-10))), 5e-21, 1));
	/* overflow avoided where the result is finite */
	CHECK(near(creal(csqrt(CMPLX(DBL_MAX, DBL_MAX))), 1.4730945569055652e154, 1));
	CHECK(near(creal(clog(CMPLX(DBL_MAX, DBL_MAX))), 710.1292864836639, 1));
	CHECK(near(creal(cexp(CMPLX(709.5, 0.5))), 1.1891123654305422e308, 1));
	CHECK(near(cabs(CMPLX(DBL_MAX / 2, DBL_MAX / 2)), 1.2711610061536462e308, 1));

	/* long double (binary128) */
	CHECK(cnearl(cexpl(CMPLXL(1, 0)), 2.71828182845904523536028747135266250L, 0));
	CHECK(cnearl(csinl(CMPLXL(1, 1)), 1.298457581415977294826042365807815620L, 0.6349639147847361082550822029915097815L));
	CHECK(cnearl(casinhl(CMPLXL(1, 1)), 1.061275061905035652033018916213573486L, 0.6662394324925152551040048959777927207L));
	CHECK(cnearl(clogl(CMPLXL(-1, 0)), 0, 3.14159265358979323846264338327950288L));
	CHECK(cnearl(cpowl(CMPLXL(2, 0), CMPLXL(0.5, 0)), 1.41421356237309504880168872420969808L, 0));

	/* Annex G: cexp */
	CHECK(csame(cexp(CMPLX(-0.0, 0)), 1, 0));
	CHECK(csame(cexp(CMPLX(inf, 0)), inf, 0));
	CHECK(csame(cexp(CMPLX(-inf, 1)), 0.5403023058681398 > 0 ? 0.0 : -0.0, 0.0));
	CHECK(csame(cexp(CMPLX(-inf, 3)), -0.0, 0.0));
	CHECK(csame(cexp(CMPLX(1, inf)), nan, nan));
	CHECK(isinf(creal(cexp(CMPLX(inf, inf)))) && isnan(cimag(cexp(CMPLX(inf, inf)))));
	CHECK(csame(cexp(CMPLX(-inf, inf)), 0, 0));
	CHECK(csame(cexp(CMPLX(nan, 0)), nan, 0));
	CHECK(csame(cexp(CMPLX(nan, -0.0)), nan, -0.0));
	/* clog */
	CHECK(csame(clog(CMPLX(-0.0, 0)), -inf, pi));
	CHECK(csame(clog(CMPLX(0, -0.0)), -inf, -0.0));
	CHECK(csame(clog(CMPLX(-inf, 1)), inf, pi));
	CHECK(csame(clog(CMPLX(inf, nan)), inf, nan));
	CHECK(csame(clog(CMPLX(nan, -inf)), inf, nan));
	/* csqrt */
	CHECK(csame(csqrt(CMPLX(1, inf)), inf, inf));
	CHECK(csame(csqrt(CMPLX(nan, -inf)), inf, -inf));
	CHECK(csame(csqrt(CMPLX(-inf, 1)), 0, inf));
	CHECK(csame(csqrt(CMPLX(inf, -1)), inf, -0.0));
	CHECK(csame(csqrt(CMPLX(-0.0, -0.0)), 0, -0.0));
	/* branch cuts: the sign of the zero imaginary part picks the side */
	CHECK(cnear(casin(CMPLX(2, 0.0)), pi / 2, 1.3169578969248168));
	CHECK(cnear(casin(CMPLX(2, -0.0)), pi / 2, -1.3169578969248168));
	CHECK(cnear(cacos(CMPLX(2, 0.0)), 0, -1.3169578969248168));
	CHECK(cnear(cacos(CMPLX(2, -0.0)), 0, 1.3169578969248168));
	CHECK(cnear(catan(CMPLX(0.0, 2)), pi / 2, 0.54930614433405489));
	CHECK(cnear(catan(CMPLX(-0.0, 2)), -pi / 2, 0.54930614433405489));
	CHECK(cnear(catanh(CMPLX(2, 0.0)), 0.54930614433405489, pi / 2));
	CHECK(cnear(catanh(CMPLX(2, -0.0)), 0.54930614433405489, -pi / 2));
	CHECK(cnear(cacosh(CMPLX(-2, 0.0)), 1.3169578969248168, pi));
	CHECK(cnear(cacosh(CMPLX(-2, -0.0)), 1.3169578969248168, -pi));
	CHECK(cnear(casinh(CMPLX(0.0, 2)), 1.3169578969248168, pi / 2));
	CHECK(cnear(casinh(CMPLX(-0.0, 2)), -1.3169578969248168, pi / 2));
	/* inverse functions: Annex G specials */
	CHECK(csame(cacos(CMPLX(0, nan)), pi / 2, nan));
	CHECK(csame(cacos(CMPLX(-inf, inf)), 3 * pi / 4, -inf));
	CHECK(csame(cacos(CMPLX(inf, 1)), 0, -inf));
	CHECK(csame(cacosh(CMPLX(0, 0)), 0, pi / 2));
	CHECK(csame(cacosh(CMPLX(-inf, -inf)), inf, -3 * pi / 4));
	CHECK(csame(casinh(CMPLX(inf, inf)), inf, pi / 4));
	CHECK(csame(casinh(CMPLX(nan, 0)), nan, 0));
	CHECK(csame(casinh(CMPLX(-0.0, -0.0)), -0.0, -0.0));
	CHECK(csame(catanh(CMPLX(1, 0)), inf, 0));
	CHECK(csame(catanh(CMPLX(-0.0, nan)), -0.0, nan));
	CHECK(csame(catanh(CMPLX(inf, 1)), 0, pi / 2));
	CHECK(csame(catanh(CMPLX(1, -inf)), 0, -pi / 2));
	/* hyperbolic */
	CHECK(csame(csinh(CMPLX(0, 0)), 0, 0));
	CHECK(csame(csinh(CMPLX(-0.0, inf)), -0.0, nan));
	CHECK(csame(csinh(CMPLX(inf, 0)), inf, 0));
	CHECK(csame(csinh(CMPLX(inf, -1)), inf * cos(-1), -inf));
	CHECK(csame(ccosh(CMPLX(0, 0)), 1, 0));
	CHECK(csame(ccosh(CMPLX(-0.0, 0)), 1, -0.0));
	CHECK(csame(ccosh(CMPLX(inf, 0)), inf, 0));
	CHECK(csame(ccosh(CMPLX(0, inf)), nan, 0));
	CHECK(csame(ctanh(CMPLX(inf, 1)), 1, 0));
	CHECK(csame(ctanh(CMPLX(-inf, -2)), -1, 0.0)); /* 0 sin(2y) */
	CHECK(csame(ctanh(CMPLX(-inf, 2)), -1, -0.0));
	CHECK(csame(ctanh(CMPLX(0, nan)), 0, nan));
	CHECK(csame(ctanh(CMPLX(-0.0, -0.0)), -0.0, -0.0));
	CHECK(csame(ctanh(CMPLX(800, 1)), 1, 0));
	CHECK(csame(ctan(CMPLX(1, 800)), 0, 1));
	CHECK(csame(ctanh(CMPLX(nan, 0)), nan, 0));
	CHECK(cimag(ctanh(CMPLX(30, 1))) > 0 && cimag(ctanh(CMPLX(30, 1))) < 1e-25);
	/* trig from the hyperbolic ones */
	CHECK(csame(csin(CMPLX(0, 0)), 0, 0));
	CHECK(csame(csin(CMPLX(-0.0, -0.0)), -0.0, -0.0));
	CHECK(csame(ccos(CMPLX(0, 0)), 1, -0.0));
	CHECK(csame(ctan(CMPLX(0, -0.0)), 0, -0.0));
	CHECK(isnan(creal(csin(CMPLX(inf, 0)))) && cimag(csin(CMPLX(inf, 0))) == 0);
	/* float forms */
	CHECK(csamef(cexpf(CMPLXF(0, 0)), 1, 0));
	CHECK(csamef(clogf(CMPLXF(-0.0f, -0.0f)), -INFINITY, -(float)pi));
	CHECK(csamef(cacoshf(CMPLXF(1, 0)), 0, 0));
	CHECK(crealf(cpowf(CMPLXF(3, 0), CMPLXF(2, 0))) == 9);
	CHECK(crealf(cexpf(CMPLXF(89, 0.25f))) == INFINITY); /* e^89 cos(1/4) overflows float */
	/* overflow and underflow by cexp keep the signs of cis y */
	CHECK(csame(cexp(CMPLX(1e6, 2)), -inf, inf));
	CHECK(csame(cexp(CMPLX(-1e6, 2)), -0.0, 0.0));

	/* tgmath.h (clang's, over our headers): the type picks the function */
	CHECK(sizeof(sqrt(1.0f)) == sizeof(float));
	CHECK(sizeof(sqrt(1.0L)) == sizeof(long double));
	CHECK(sizeof(sqrt(CMPLXF(1, 1))) == sizeof(float complex));
	CHECK(csame(sqrt(CMPLX(-4, 0)), 0, 2)); /* csqrt */
	CHECK(sqrt(4.0) == 2);                  /* sqrt */
	CHECK(sqrt(2) == sqrt(2.0));            /* an integer: double */
	CHECK(cnear(exp(CMPLX(0, pi)), -1, 1.2246467991473532e-16));
	CHECK(fabs(CMPLX(3, 4)) == 5); /* cabs */
	CHECK(carg(CMPLX(0, 2)) == pi / 2);
	CHECK(creal(CMPLX(7, 8)) == 7 && cimag(CMPLXF(7, 8)) == 8);
	CHECK(sizeof(pow(2.0f, 3.0)) == sizeof(double));
	CHECK(sizeof(pow(CMPLXF(1, 1), 2.0L)) == sizeof(long double complex));
	CHECK(atan2(1.0f, 1.0f) == atan2f(1, 1));
	(void)vzero;
	return check_summary();
}
