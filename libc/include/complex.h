/*
 * complex.h: C11 7.3 in double, float and long double (IEEE binary128 on
 * wasm64).  docs/libm.md ("Complex functions") gives the accuracy and the
 * special cases (C11 Annex G's).
 */
#ifndef _COMPLEX_H
#define _COMPLEX_H

#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I

/* A complex number from its parts, infinities, NaNs and signed zeros
 * kept (x + y * I would turn an infinite y into a NaN real part). */
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))

#ifdef __cplusplus
extern "C" {
#endif

#define __W64_COMPLEX_DECLS(T, S)                                                     \
	T _Complex cacos##S(T _Complex __z);                                          \
	T _Complex casin##S(T _Complex __z);                                          \
	T _Complex catan##S(T _Complex __z);                                          \
	T _Complex ccos##S(T _Complex __z);                                           \
	T _Complex csin##S(T _Complex __z);                                           \
	T _Complex ctan##S(T _Complex __z);                                           \
	T _Complex cacosh##S(T _Complex __z);                                         \
	T _Complex casinh##S(T _Complex __z);                                         \
	T _Complex catanh##S(T _Complex __z);                                         \
	T _Complex ccosh##S(T _Complex __z);                                          \
	T _Complex csinh##S(T _Complex __z);                                          \
	T _Complex ctanh##S(T _Complex __z);                                          \
	T _Complex cexp##S(T _Complex __z);                                           \
	T _Complex clog##S(T _Complex __z);                                           \
	T cabs##S(T _Complex __z);                                                    \
	T _Complex cpow##S(T _Complex __x, T _Complex __y);                           \
	T _Complex csqrt##S(T _Complex __z);                                          \
	T carg##S(T _Complex __z);                                                    \
	T cimag##S(T _Complex __z);                                                   \
	T _Complex conj##S(T _Complex __z);                                           \
	T _Complex cproj##S(T _Complex __z);                                          \
	T creal##S(T _Complex __z);
__W64_COMPLEX_DECLS(double, )
__W64_COMPLEX_DECLS(float, f)
__W64_COMPLEX_DECLS(long double, l)
#undef __W64_COMPLEX_DECLS

#ifdef __cplusplus
}
#endif

#endif
