#include "w64_math.h"

/* The 64 bits of a little-endian 32-bit-limb number from bit `pos` up. */
static uint64_t bits64(const uint32_t *p, int pos)
{
	uint64_t v = 0;
	for (int i = 63; i >= 0; i--) {
		int b = pos + i;
		v = v << 1 | (p[b / 32] >> (b % 32) & 1);
	}
	return v;
}

/*
 * Payne-Hanek: x = m × 2^e with m < 2^53.  x × 2/pi modulo 4 needs only
 * the bits of 2/pi whose products with m reach weight 2^1 or below: the
 * words before i0 only add multiples of 4.  Eight words (256 bits) from
 * i0 leave at least 192 bits after the binary point, so what is left out
 * is below 2^-160 while the reduced argument of a double is never below
 * about 2^-61 (the closest double to a multiple of pi/2).
 */
static int reduce_large(double ax, double *y)
{
	static const double pio2_hi = 0x1.921fb54442d18p+0, pio2_lo = 0x1.1a62633145c07p-54;
	uint64_t u = w64_bits(ax);
	int e = (int)(u >> 52) - 1075;
	uint64_t m = (u & ((UINT64_C(1) << 52) - 1)) | UINT64_C(1) << 52;
	int i0 = e >= 2 ? (e - 2) / 32 : 0;
	uint64_t acc[10] = {0};
	uint32_t prod[10];

	/* prod = m × W, W = words i0 .. i0+7 (word i0+7 the least significant). */
	for (int i = 0; i < 8; i++) {
		uint64_t w = __w64_two_over_pi[i0 + 7 - i];
		uint64_t p0 = w * (uint32_t)m, p1 = w * (m >> 32);
		acc[i] += (uint32_t)p0;
		acc[i + 1] += (p0 >> 32) + (uint32_t)p1;
		acc[i + 2] += p1 >> 32;
	}
	uint64_t carry = 0;
	for (int i = 0; i < 10; i++) {
		uint64_t t = acc[i] + carry;
		prod[i] = (uint32_t)t;
		carry = t >> 32;
	}
	/* Bit 0 of prod weighs 2^(e - 32 (i0 + 8)); the binary point is at bit `point`. */
	int point = 32 * (i0 + 8) - e;
	int n = (int)(bits64(prod, point - 62) >> 62) & 3;
	uint64_t f2 = bits64(prod, point - 64), f1 = bits64(prod, point - 128), f0 = bits64(prod, point - 192);
	int neg = 0;
	if (f2 >> 63) { /* fraction >= 1/2: round n up, the remainder is negative */
		n = (n + 1) & 3;
		neg = 1;
		f0 = ~f0 + 1;
		f1 = ~f1 + (f0 == 0);
		f2 = ~f2 + (f0 == 0 && f1 == 0);
	}
	int lz = 0;
	while (f2 == 0 && lz < 128) {
		f2 = f1;
		f1 = f0;
		f0 = 0;
		lz += 64;
	}
	int z = f2 ? __builtin_clzll(f2) : 0;
	if (z) {
		f2 = f2 << z | f1 >> (64 - z);
		f1 = f1 << z | f0 >> (64 - z);
		lz += z;
	}
	double fh = (double)(f2 >> 11) * w64_pow2(-53 - lz);
	double fl = (double)((f2 & 0x7ff) << 42 | f1 >> 22) * w64_pow2(-106 - lz);
	double rl;
	double r = w64_dd_mul(fh, fl, pio2_hi, pio2_lo, &rl);
	y[0] = neg ? -r : r;
	y[1] = neg ? -rl : rl;
	return n;
}

/*
 * x - n pi/2.  Below 2^28, Cody-Waite: pi/2 in five pieces, the first
 * four of 25 bits (n × piece exact for |n| < 2^28), the sum of all five
 * within 2^-153 of pi/2, subtracted with error-free additions.
 */
int __w64_rem_pio2(double x, double *y)
{
	static const double invpio2 = 0x1.45f306dc9c883p-1;
	static const double p1 = 0x1.921fb50000000p+0, p2 = 0x1.110b460000000p-26, p3 = 0x1.1a62630000000p-54,
			    p4 = 0x1.8a2e030000000p-81, p5 = 0x1.c1cd129024e09p-107;
	static const double shifter = 0x1.8p52;
	double ax = __builtin_fabs(x);

	if (ax <= 0x1.921fb54442d18p-1) {
		y[0] = x;
		y[1] = 0;
		return 0;
	}
	if (ax < 0x1p28) {
		double kn = (x * invpio2 + shifter) - shifter;
		int n = (int)kn;
		double e, lo = 0;
		double s = w64_two_sum(x - kn * p1, -kn * p2, &e);
		lo += e;
		s = w64_two_sum(s, -kn * p3, &e);
		lo += e;
		s = w64_two_sum(s, -kn * p4, &e);
		lo += e;
		double pe;
		double pp = w64_two_prod(kn, p5, &pe);
		s = w64_two_sum(s, -pp, &e);
		lo += e - pe;
		y[0] = w64_fast_two_sum(s, lo, &y[1]);
		return n & 3;
	}
	if (!__builtin_isfinite(x)) {
		y[0] = y[1] = x - x;
		return 0;
	}
	int n = reduce_large(ax, y);
	if (x < 0) {
		y[0] = -y[0];
		y[1] = -y[1];
		n = (4 - n) & 3;
	}
	return n;
}
