#include "w64_math.h"

static const w64_f128 pio2_hi = W64_QC(0x1.921fb54442d18469898cc51701b8p+0);
static const w64_f128 pio2_lo = W64_QC(0x1.cd129024e088a67cc74020bbea64p-115);

/* Bits [pos, pos + 64) of the little-endian 32-bit-limb integer p (n limbs). */
static uint64_t bits_at(const uint32_t *p, int n, int pos)
{
	uint64_t v = 0;
	for (int b = 63; b >= 0; b--) {
		int i = pos + b;
		int bit = i >= 0 && i / 32 < n ? (int)(p[i / 32] >> (i % 32) & 1) : 0;
		v = v << 1 | (uint64_t)bit;
	}
	return v;
}

/*
 * Payne-Hanek for |x| >= 2^40: x = M 2^E (M of 113 bits), and of 2/pi only
 * the 352 bits from about 2^-(E-2) on matter (the ones before give x 2/pi
 * multiples of 4; the ones after, less than 2^-200).  M times those bits,
 * in 32-bit limbs, gives the quadrant (two bits) and 192 bits of the
 * fraction (enough for a reduced argument that cancels to 2^-70), which
 * times pi/2 is the reduced argument.
 */
static int reduce_large(w64_f128 ax, w64_f128 *y)
{
	int ex = w64_expq(ax);
	long E = ex - 16495;
	w64_u128q M = (w64_bitsq(ax) & W64_Q_MANT) | (w64_u128q)1 << 112;
	long j0 = E - 1 > 1 ? E - 1 : 1;
	int w0 = (int)((j0 - 1) / 32);
	enum { NC = 11, NP = NC + 4 };
	uint32_t m[4], c[NC], p[NP] = {0};
	for (int i = 0; i < 4; i++)
		m[i] = (uint32_t)(M >> (32 * i));
	for (int i = 0; i < NC; i++) /* little-endian: c[NC - 1] is the first word */
		c[NC - 1 - i] = __w64_two_over_pi[w0 + i];
	for (int i = 0; i < 4; i++) {
		uint64_t carry = 0;
		for (int j = 0; j < NC; j++) {
			uint64_t t = (uint64_t)m[i] * c[j] + p[i + j] + carry;
			p[i + j] = (uint32_t)t;
			carry = t >> 32;
		}
		p[i + NC] = (uint32_t)carry;
	}
	int S = (int)(32L * (w0 + NC) - E); /* fraction bits of the product */
	int n = (int)(bits_at(p, NP, S) & 3);
	w64_u128q f = (w64_u128q)bits_at(p, NP, S - 64) << 64 | bits_at(p, NP, S - 128);
	uint64_t f3 = bits_at(p, NP, S - 192);
	int neg = 0;
	if (f >> 127) { /* fraction >= 1/2: the next quadrant, minus (192-bit negation) */
		f3 = -f3;
		f = ~f + (f3 == 0);
		n++;
		neg = 1;
	}
	w64_f128 fh = (w64_f128)(f & ~(w64_u128q)0x7fff) * W64_QC(0x1p-128);
	w64_f128 fl = (w64_f128)(f & 0x7fff) * W64_QC(0x1p-128) + (w64_f128)f3 * W64_QC(0x1p-192);
	w64_f128 e;
	w64_f128 h = w64_q_two_prod(fh, pio2_hi, &e);
	e += fh * pio2_lo + fl * pio2_hi;
	h = w64_q_fast_two_sum(h, e, &e);
	y[0] = neg ? -h : h;
	y[1] = neg ? -e : e;
	return n & 3;
}

/*
 * x - n pi/2 = y[0] + y[1], |y| <= pi/4 (a little more), n mod 4
 * returned.  Below 2^40 Cody-Waite with pi/2 in three parts (the first
 * two of 72 bits, so that n times them is exact); above, Payne-Hanek.
 */
int __w64_rem_pio2q(w64_f128 x, w64_f128 *y)
{
	static const w64_f128 inv_pio2 = W64_QC(0x1.45f306dc9c882a53f84eafa3ea6ap-1);
	static const w64_f128 p1 = W64_QC(0x1.921fb54442d184698a0000000000p+0);
	static const w64_f128 p2 = W64_QC(-0x1.cceba3f91f1976b7ee0000000000p-74);
	static const w64_f128 p3 = W64_QC(0x1.c1114cf98e804177d4c76273644ap-148);
	w64_f128 ax = w64_fabsq(x);
	if (ax <= W64_QC(0.785398163397448309615660845819875721)) {
		y[0] = x;
		y[1] = 0;
		return 0;
	}
	if (ax >= W64_QC(0x1p40)) {
		int n = reduce_large(ax, y);
		if (x < 0) {
			y[0] = -y[0];
			y[1] = -y[1];
			n = -n;
		}
		return n & 3;
	}
	w64_f128 k = __w64_rintq(x * inv_pio2);
	w64_f128 t1 = x - k * p1; /* exact */
	w64_f128 ae;
	w64_f128 a = w64_q_two_sum(t1, -(k * p2), &ae);
	w64_f128 b = ae - k * p3;
	y[0] = w64_q_fast_two_sum(a, b, &y[1]);
	return (int)((long)k & 3);
}

/* 1/(2n+1)! with alternating signs, n = 1..15: sin's Taylor coefficients. */
static const w64_f128 sin_c[15] = {
	W64_QC(-0x1.5555555555555555555555555555p-3), W64_QC(0x1.1111111111111111111111111111p-7),
	W64_QC(-0x1.a01a01a01a01a01a01a01a01a01ap-13), W64_QC(0x1.71de3a556c7338faac1c88e50017p-19),
	W64_QC(-0x1.ae64567f544e38fe747e4b837dc7p-26), W64_QC(0x1.6124613a86d097ca38331d23af68p-33),
	W64_QC(-0x1.ae7f3e733b81f11d8656b0ee8cb0p-41), W64_QC(0x1.952c77030ad4a6b2605197771b00p-49),
	W64_QC(-0x1.2f49b4681415724ca1ec3b7b9675p-57), W64_QC(0x1.71b8ef6dcf5718bef146fcee6e45p-66),
	W64_QC(-0x1.761b413163819d97b8704dd7f628p-75), W64_QC(0x1.3f3ccdd165fa8d4e44a419776f11p-84),
	W64_QC(-0x1.d1ab1c2dccea320a9a18f15d4277p-94), W64_QC(0x1.259f98b4358ad7abe30e7766f129p-103),
	W64_QC(-0x1.434d2e783f5bc42e1ee46fa6bfc4p-113),
};

/* 1/(2n)! with alternating signs, n = 2..15: cos's (after 1 - x^2/2). */
static const w64_f128 cos_c[14] = {
	W64_QC(0x1.5555555555555555555555555555p-5), W64_QC(-0x1.6c16c16c16c16c16c16c16c16c17p-10),
	W64_QC(0x1.a01a01a01a01a01a01a01a01a01ap-16), W64_QC(-0x1.27e4fb7789f5c72ef016d3ea6679p-22),
	W64_QC(0x1.1eed8eff8d897b544da987acfe85p-29), W64_QC(-0x1.93974a8c07c9d20badf145dfa3e5p-37),
	W64_QC(0x1.ae7f3e733b81f11d8656b0ee8cb0p-45), W64_QC(-0x1.6827863b97d977bb004886a2c2abp-53),
	W64_QC(0x1.e542ba402022507a9cad2bf8f0bbp-62), W64_QC(-0x1.0ce396db7f8529450c90b7f338ecp-70),
	W64_QC(0x1.f2cf01972f577cca4b4067ca9d8ap-80), W64_QC(-0x1.88e85fc6a4e59a38f2050ba6b015p-89),
	W64_QC(0x1.0a18a2635085d373c5c51c354a8dp-98), W64_QC(-0x1.3932c5047d60e60caded4c2989c5p-108),
};

/* sin(x + xlo), |x| <= pi/4 + a little, as hi + lo: x - x^3/6 with x^3/6
 * as hi + lo (near pi/4 it is a ninth of the result, and rounding it and
 * x^2 left 0.36 2^-113 relative), then x^5 P(x^2) + xlo cos x; the terms
 * after x^31 are below 2^-118 of the result. */
w64_f128 __w64_sinq_k(w64_f128 x, w64_f128 xlo, w64_f128 *lo)
{
	static const w64_f128 c3_lo = W64_QC(-0x1.5555555555555555555555555555p-117); /* -1/6 - sin_c[0] */
	w64_f128 x2l, x3l, tl, e;
	w64_f128 x2 = w64_q_two_prod(x, x, &x2l);
	w64_f128 p = sin_c[14];
	for (int i = 13; i >= 1; i--)
		p = sin_c[i] + x2 * p;
	w64_f128 x3 = w64_q_two_prod(x, x2, &x3l);
	x3l += x * x2l;
	w64_f128 t = w64_q_two_prod(x3, sin_c[0], &tl); /* -x^3/6 */
	tl += x3 * c3_lo + x3l * sin_c[0];
	w64_f128 h = w64_q_two_sum(x, t, &e);
	w64_f128 l = e + tl + x3 * x2 * p + xlo * (1 - x2 / 2);
	return w64_q_fast_two_sum(h, l, lo);
}

/* cos(x + xlo) as hi + lo: 1 - x^2/2 with x^2 and the subtraction
 * error-free, then x^4 Q(x^2) - sin(x) xlo. */
w64_f128 __w64_cosq_k(w64_f128 x, w64_f128 xlo, w64_f128 *lo)
{
	w64_f128 x2l;
	w64_f128 x2 = w64_q_two_prod(x, x, &x2l);
	w64_f128 h = x2 / 2;
	w64_f128 w = 1 - h;
	w64_f128 err = (1 - w) - h;
	w64_f128 q = cos_c[13];
	for (int i = 12; i >= 0; i--)
		q = cos_c[i] + x2 * q;
	w64_f128 l = err - x2l / 2 + x2 * x2 * q - x * xlo * (1 - x2 / 6);
	return w64_q_fast_two_sum(w, l, lo);
}
