/*
 * math.h.  The declarations and macros of C11 7.12; the functions are in
 * libc.a (libc/src/math, docs/libm.md), in double, float and long double
 * (IEEE binary128 on wasm64).
 *
 * wasm has no floating-point exception flags, so errors are reported
 * through errno only (math_errhandling == MATH_ERRNO); clang's wasm default
 * is -fno-math-errno, so a program that reads errno after a math call
 * needs -fmath-errno.  FLT_EVAL_METHOD is 0: float and double arithmetic
 * is done in its own type.
 */
#ifndef _MATH_H
#define _MATH_H

#ifdef __cplusplus
extern "C" {
#endif

typedef float float_t;
typedef double double_t;

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

#define FP_ILOGB0 (-1 - 0x7fffffff)
#define FP_ILOGBNAN (-1 - 0x7fffffff)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling MATH_ERRNO

/* Type-generic: the builtins accept float, double and long double. */
#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, (x))
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater((x), (y))
#define isgreaterequal(x, y) __builtin_isgreaterequal((x), (y))
#define isless(x, y) __builtin_isless((x), (y))
#define islessequal(x, y) __builtin_islessequal((x), (y))
#define islessgreater(x, y) __builtin_islessgreater((x), (y))
#define isunordered(x, y) __builtin_isunordered((x), (y))

/* The XSI constants that ported code expects. */
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440

/* double */
double acos(double __x);
double asin(double __x);
double atan(double __x);
double atan2(double __x, double __y);
double cos(double __x);
double sin(double __x);
double tan(double __x);
double acosh(double __x);
double asinh(double __x);
double atanh(double __x);
double cosh(double __x);
double sinh(double __x);
double tanh(double __x);
double exp(double __x);
double exp2(double __x);
double expm1(double __x);
double frexp(double __x, int *__y);
int ilogb(double __x);
double ldexp(double __x, int __y);
double log(double __x);
double log10(double __x);
double log1p(double __x);
double log2(double __x);
double logb(double __x);
double modf(double __x, double *__y);
double scalbn(double __x, int __y);
double scalbln(double __x, long __y);
double cbrt(double __x);
double fabs(double __x);
double hypot(double __x, double __y);
double pow(double __x, double __y);
double sqrt(double __x);
double erf(double __x);
double erfc(double __x);
double lgamma(double __x);
double tgamma(double __x);
double ceil(double __x);
double floor(double __x);
double nearbyint(double __x);
double rint(double __x);
long lrint(double __x);
long long llrint(double __x);
double round(double __x);
long lround(double __x);
long long llround(double __x);
double trunc(double __x);
double fmod(double __x, double __y);
double remainder(double __x, double __y);
double remquo(double __x, double __y, int *__z);
double copysign(double __x, double __y);
double nan(const char *__x);
double nextafter(double __x, double __y);
double nexttoward(double __x, long double __y);
double fdim(double __x, double __y);
double fmax(double __x, double __y);
double fmin(double __x, double __y);
double fma(double __x, double __y, double __z);

/* float */
float acosf(float __x);
float asinf(float __x);
float atanf(float __x);
float atan2f(float __x, float __y);
float cosf(float __x);
float sinf(float __x);
float tanf(float __x);
float acoshf(float __x);
float asinhf(float __x);
float atanhf(float __x);
float coshf(float __x);
float sinhf(float __x);
float tanhf(float __x);
float expf(float __x);
float exp2f(float __x);
float expm1f(float __x);
float frexpf(float __x, int *__y);
int ilogbf(float __x);
float ldexpf(float __x, int __y);
float logf(float __x);
float log10f(float __x);
float log1pf(float __x);
float log2f(float __x);
float logbf(float __x);
float modff(float __x, float *__y);
float scalbnf(float __x, int __y);
float scalblnf(float __x, long __y);
float cbrtf(float __x);
float fabsf(float __x);
float hypotf(float __x, float __y);
float powf(float __x, float __y);
float sqrtf(float __x);
float erff(float __x);
float erfcf(float __x);
float lgammaf(float __x);
float tgammaf(float __x);
float ceilf(float __x);
float floorf(float __x);
float nearbyintf(float __x);
float rintf(float __x);
long lrintf(float __x);
long long llrintf(float __x);
float roundf(float __x);
long lroundf(float __x);
long long llroundf(float __x);
float truncf(float __x);
float fmodf(float __x, float __y);
float remainderf(float __x, float __y);
float remquof(float __x, float __y, int *__z);
float copysignf(float __x, float __y);
float nanf(const char *__x);
float nextafterf(float __x, float __y);
float nexttowardf(float __x, long double __y);
float fdimf(float __x, float __y);
float fmaxf(float __x, float __y);
float fminf(float __x, float __y);
float fmaf(float __x, float __y, float __z);

/* long double */
long double acosl(long double __x);
long double asinl(long double __x);
long double atanl(long double __x);
long double atan2l(long double __x, long double __y);
long double cosl(long double __x);
long double sinl(long double __x);
long double tanl(long double __x);
long double acoshl(long double __x);
long double asinhl(long double __x);
long double atanhl(long double __x);
long double coshl(long double __x);
long double sinhl(long double __x);
long double tanhl(long double __x);
long double expl(long double __x);
long double exp2l(long double __x);
long double expm1l(long double __x);
long double frexpl(long double __x, int *__y);
int ilogbl(long double __x);
long double ldexpl(long double __x, int __y);
long double logl(long double __x);
long double log10l(long double __x);
long double log1pl(long double __x);
long double log2l(long double __x);
long double logbl(long double __x);
long double modfl(long double __x, long double *__y);
long double scalbnl(long double __x, int __y);
long double scalblnl(long double __x, long __y);
long double cbrtl(long double __x);
long double fabsl(long double __x);
long double hypotl(long double __x, long double __y);
long double powl(long double __x, long double __y);
long double sqrtl(long double __x);
long double erfl(long double __x);
long double erfcl(long double __x);
long double lgammal(long double __x);
long double tgammal(long double __x);
long double ceill(long double __x);
long double floorl(long double __x);
long double nearbyintl(long double __x);
long double rintl(long double __x);
long lrintl(long double __x);
long long llrintl(long double __x);
long double roundl(long double __x);
long lroundl(long double __x);
long long llroundl(long double __x);
long double truncl(long double __x);
long double fmodl(long double __x, long double __y);
long double remainderl(long double __x, long double __y);
long double remquol(long double __x, long double __y, int *__z);
long double copysignl(long double __x, long double __y);
long double nanl(const char *__x);
long double nextafterl(long double __x, long double __y);
long double nexttowardl(long double __x, long double __y);

/* POSIX (XSI): the sign of Gamma at the last lgamma argument. */
extern int signgam;
long double fdiml(long double __x, long double __y);
long double fmaxl(long double __x, long double __y);
long double fminl(long double __x, long double __y);
long double fmal(long double __x, long double __y, long double __z);

/*
 * Beyond C11, as in glibc and wasi-libc: POSIX's Bessel functions (and
 * their float forms), GNU's exp10 and sincos, the reentrant lgamma_r, and
 * the old BSD/SVID drem, finite, scalb and significand.
 */
double j0(double __x);
double j1(double __x);
double jn(int __n, double __x);
double y0(double __x);
double y1(double __x);
double yn(int __n, double __x);
float j0f(float __x);
float j1f(float __x);
float jnf(int __n, float __x);
float y0f(float __x);
float y1f(float __x);
float ynf(int __n, float __x);
double exp10(double __x);
float exp10f(float __x);
long double exp10l(long double __x);
double pow10(double __x);
float pow10f(float __x);
long double pow10l(long double __x);
void sincos(double __x, double *__sin, double *__cos);
void sincosf(float __x, float *__sin, float *__cos);
void sincosl(long double __x, long double *__sin, long double *__cos);
double lgamma_r(double __x, int *__sign);
float lgammaf_r(float __x, int *__sign);
long double lgammal_r(long double __x, int *__sign);
double drem(double __x, double __y);
float dremf(float __x, float __y);
int finite(double __x);
int finitef(float __x);
double scalb(double __x, double __n);
float scalbf(float __x, float __n);
double significand(double __x);
float significandf(float __x);
#ifdef __cplusplus
}
#endif

#endif
