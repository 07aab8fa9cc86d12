/*
 * The long double comparison builtins (DESIGN.md fact 4).
 *
 * clang lowers a comparison of two IEEE binary128 values to a call such
 * as __lttf2(a, b) and expects an int back.  compiler-rt's wasm64 build
 * declares them returning long (i64), so wasm-ld only warns "function
 * signature mismatch" and the call traps.  libc.a defines int-returning
 * versions of every function in compiler-rt's comparetf2 object (__eqtf2
 * __netf2 __lttf2 __letf2 __gttf2 __getf2 __unordtf2; plus __cmptf2,
 * which libgcc has).  libc.a comes before the builtins on the link line,
 * so these are found first and that object is never pulled in; defining
 * all of them means no symbol of it is ever needed, so there is never a
 * duplicate definition either.
 *
 * On wasm64 long double is binary128; the host-side tests build the same
 * files with x86_64's __float128, the same format and what libgcc's own
 * __lttf2 and friends take there.
 */
#ifndef W64_F128_H
#define W64_F128_H

#if defined(__wasm64__)
typedef long double w64_f128;
#else
typedef __float128 w64_f128;
#endif

_Static_assert(sizeof(w64_f128) == 16, "binary128 is 16 bytes");

/* -1, 0 or 1 as a <, ==, > b (+0 equals -0); `unordered` when either
 * is a NaN. */
__attribute__((visibility("hidden"))) int __w64_cmpf128(w64_f128 a, w64_f128 b, int unordered);

int __eqtf2(w64_f128 a, w64_f128 b);
int __netf2(w64_f128 a, w64_f128 b);
int __lttf2(w64_f128 a, w64_f128 b);
int __letf2(w64_f128 a, w64_f128 b);
int __gttf2(w64_f128 a, w64_f128 b);
int __getf2(w64_f128 a, w64_f128 b);
int __unordtf2(w64_f128 a, w64_f128 b);
int __cmptf2(w64_f128 a, w64_f128 b);

#endif
