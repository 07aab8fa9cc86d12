#include <errno.h>
#include <limits.h>
#include <math.h>

#include "w64_math.h"

/*
 * Correctly rounded in integers: the mantissa, shifted left by an even
 * amount to 227 or 228 bits, gives a 114-bit integer square root by the
 * digit-by-digit method (two radicand bits per step, the remainder below
 * 2^117); its last bit and whether the remainder is zero decide the
 * rounding (a square root is never exactly halfway).
 */
w64_f128 __w64_sqrtq(w64_f128 x)
{
	if (w64_isnanq(x) || x == 0 || (x > 0 && w64_isinfq(x)))
		return x + x;
	if (x < 0)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	int e;
	w64_f128 m = __w64_frexpq(x, &e); /* x = m 2^e, m = M 2^-113, M 113 bits */
	w64_u128q M = (w64_bitsq(m) & W64_Q_MANT) | (w64_u128q)1 << 112;
	long ex = (long)e - 113; /* x = M 2^ex */
	int shift = 114;          /* M << 114 has 227 bits */
	if ((ex - shift) & 1)
		shift++;
	/* radicand R = M << shift, as four 64-bit words, most significant first */
	uint64_t w[4] = {0, 0, 0, 0};
	w64_u128q hi = M >> (128 - shift);
	w64_u128q low = shift >= 128 ? 0 : M << shift;
	w[0] = (uint64_t)(hi >> 64);
	w[1] = (uint64_t)hi;
	w[2] = (uint64_t)(low >> 64);
	w[3] = (uint64_t)low;
	w64_u128q root = 0, rem = 0;
	for (int i = 0; i < 128; i++) { /* 256 bits, two at a time */
		uint64_t word = w[i / 32];
		unsigned two = (unsigned)(word >> (62 - 2 * (i % 32))) & 3;
		rem = rem << 2 | two;
		w64_u128q trial = root << 2 | 1;
		if (rem >= trial) {
			rem -= trial;
			root = root << 1 | 1;
		} else {
			root <<= 1;
		}
	}
	/* root = floor(sqrt(R)), 2^113 <= root < 2^114 for R of 227-228 bits */
	long re = (ex - shift) / 2;
	int round = (int)(root & 1);
	root >>= 1;
	re += 1;
	if (round && (rem != 0 || (root & 1)))
		root++;
	if (root >> 113) {
		root >>= 1;
		re++;
	}
	/* value = root 2^re, root 113 bits */
	long be = re + 112 + 16383;
	return w64_quad((root & W64_Q_MANT) | (w64_u128q)be << 112);
}

long double sqrtl(long double x)
{
	return (long double)__w64_sqrtq(x);
}
