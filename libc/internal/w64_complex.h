#ifndef W64_COMPLEX_H
#define W64_COMPLEX_H

/*
 * complex.h's kernels (libc/src/complex).  Each takes and returns the
 * real and imaginary parts separately; the public functions are thin
 * wrappers.  The double kernels serve the float functions too (each part
 * rounded once to float), the binary128 ones long double.  The kernels
 * are written once, in w64_complex_exp.h, w64_complex_log.h and
 * w64_complex_inv.h, over a small toolkit of double-double ("dd") real
 * operations that w64_complex_d.h (double) and w64_complex_q.h
 * (binary128) provide; docs/libm.md ("Complex functions") gives the
 * methods.
 */
#include "w64_math.h"

#define W64_CKERNELS(T, S)                                                                          \
	__attribute__((visibility("hidden"))) void __w64_cexp##S(T x, T y, T *re, T *im);           \
	__attribute__((visibility("hidden"))) void __w64_csinh##S(T x, T y, T *re, T *im);          \
	__attribute__((visibility("hidden"))) void __w64_ccosh##S(T x, T y, T *re, T *im);          \
	__attribute__((visibility("hidden"))) void __w64_ctanh##S(T x, T y, T *re, T *im);          \
	__attribute__((visibility("hidden"))) void __w64_clog##S(T x, T y, T *re, T *im);           \
	__attribute__((visibility("hidden"))) void __w64_csqrt##S(T x, T y, T *re, T *im);          \
	__attribute__((visibility("hidden"))) void __w64_cpow##S(T x, T y, T u, T v, T *re, T *im); \
	__attribute__((visibility("hidden"))) void __w64_casinh##S(T x, T y, T *re, T *im);         \
	__attribute__((visibility("hidden"))) void __w64_cacos##S(T x, T y, T *re, T *im);          \
	__attribute__((visibility("hidden"))) void __w64_cacosh##S(T x, T y, T *re, T *im);         \
	__attribute__((visibility("hidden"))) void __w64_catanh##S(T x, T y, T *re, T *im);
W64_CKERNELS(double, )
W64_CKERNELS(w64_f128, q)
#undef W64_CKERNELS

#endif
