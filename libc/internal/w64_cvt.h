#ifndef W64_CVT_H
#define W64_CVT_H

/* ecvt and fcvt give at most this many digits (glibc's limit for a
 * double: what tells any two doubles apart). */
#define W64_CVT_DIGITS 17

/* E with 10^E <= |x| < 10^(E+1), exactly; x finite and nonzero. */
__attribute__((visibility("hidden"))) int __w64_decimal_exponent(double x);

#endif
