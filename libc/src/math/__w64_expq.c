#include "w64_math.h"

/* 1/n!, n = 0..31, rounded to binary128. */
static const w64_f128 inv_fact[32] = {
	W64_QC(0x1.0000000000000000000000000000p+0), W64_QC(0x1.0000000000000000000000000000p+0),
	W64_QC(0x1.0000000000000000000000000000p-1), W64_QC(0x1.5555555555555555555555555555p-3),
	W64_QC(0x1.5555555555555555555555555555p-5), W64_QC(0x1.1111111111111111111111111111p-7),
	W64_QC(0x1.6c16c16c16c16c16c16c16c16c17p-10), W64_QC(0x1.a01a01a01a01a01a01a01a01a01ap-13),
	W64_QC(0x1.a01a01a01a01a01a01a01a01a01ap-16), W64_QC(0x1.71de3a556c7338faac1c88e50017p-19),
	W64_QC(0x1.27e4fb7789f5c72ef016d3ea6679p-22), W64_QC(0x1.ae64567f544e38fe747e4b837dc7p-26),
	W64_QC(0x1.1eed8eff8d897b544da987acfe85p-29), W64_QC(0x1.6124613a86d097ca38331d23af68p-33),
	W64_QC(0x1.93974a8c07c9d20badf145dfa3e5p-37), W64_QC(0x1.ae7f3e733b81f11d8656b0ee8cb0p-41),
	W64_QC(0x1.ae7f3e733b81f11d8656b0ee8cb0p-45), W64_QC(0x1.952c77030ad4a6b2605197771b00p-49),
	W64_QC(0x1.6827863b97d977bb004886a2c2abp-53), W64_QC(0x1.2f49b4681415724ca1ec3b7b9675p-57),
	W64_QC(0x1.e542ba402022507a9cad2bf8f0bbp-62), W64_QC(0x1.71b8ef6dcf5718bef146fcee6e45p-66),
	W64_QC(0x1.0ce396db7f8529450c90b7f338ecp-70), W64_QC(0x1.761b413163819d97b8704dd7f628p-75),
	W64_QC(0x1.f2cf01972f577cca4b4067ca9d8ap-80), W64_QC(0x1.3f3ccdd165fa8d4e44a419776f11p-84),
	W64_QC(0x1.88e85fc6a4e59a38f2050ba6b015p-89), W64_QC(0x1.d1ab1c2dccea320a9a18f15d4277p-94),
	W64_QC(0x1.0a18a2635085d373c5c51c354a8dp-98), W64_QC(0x1.259f98b4358ad7abe30e7766f129p-103),
	W64_QC(0x1.3932c5047d60e60caded4c2989c5p-108), W64_QC(0x1.434d2e783f5bc42e1ee46fa6bfc4p-113),
};

/* e^r - 1 - r for |r| <= 0.35: r^2 (1/2! + r/3! + ... + r^25/27!), the next
 * term below 2^-118 relative. */
static w64_f128 expm1_tail(w64_f128 r)
{
	w64_f128 p = inv_fact[27];
	for (int n = 26; n >= 2; n--)
		p = inv_fact[n] + r * p;
	return r * r * p;
}

/*
 * e^(x + xlo) = 2^k (1 + s + slo), k = round(x / ln2), r = x + xlo - k ln2
 * with ln2 in two parts (k times the first, 97 bits, is exact), |r| <=
 * 0.35; s = e^r - 1 by its Taylor series, as hi + lo.
 */
w64_f128 __w64_expq_parts(w64_f128 x, w64_f128 xlo, long *k, w64_f128 *slo)
{
	static const w64_f128 inv_ln2 = W64_QC(0x1.71547652b82fe1777d0ffda0d23ap+0);
	static const w64_f128 ln2_hi = W64_QC(0x1.62e42fefa39ef35793c767300000p-1);
	static const w64_f128 ln2_lo = W64_QC(0x1.f97b57a079a193394c5b16c5068cp-103);
	w64_f128 kf = __w64_rintq(x * inv_ln2);
	w64_f128 r1 = x - kf * ln2_hi; /* exact */
	w64_f128 r2 = xlo - kf * ln2_lo;
	w64_f128 err;
	w64_f128 r = w64_q_fast_two_sum(r1, r2, &err);
	*k = (long)kf;
	return w64_q_fast_two_sum(r, expm1_tail(r) + err * (1 + r), slo);
}

/* e^(x + xlo) 2^extra: 1 + s rounded once, then scaled (one more rounding
 * only for a subnormal result).  About half an ulp beyond the rounding. */
w64_f128 __w64_expq_core(w64_f128 x, w64_f128 xlo, long extra)
{
	long k;
	w64_f128 slo;
	w64_f128 s = __w64_expq_parts(x, xlo, &k, &slo);
	return __w64_scaleq(1 + (s + slo), k + extra);
}

/* e^x / 2 as hi + lo, 0 < x < 11357 (no overflow before the halving). */
w64_f128 __w64_expq_half(w64_f128 x, w64_f128 *lo)
{
	long k;
	w64_f128 slo;
	w64_f128 s = __w64_expq_parts(x, 0, &k, &slo);
	w64_f128 hl;
	w64_f128 hh = w64_q_fast_two_sum(1, s, &hl);
	*lo = __w64_scaleq(hl + slo, k - 1);
	return __w64_scaleq(hh, k - 1);
}

/*
 * e^x - 1 as hi + lo (|x| < 11357): below 0.35 x + its Taylor tail; above,
 * (2^k - 1) + 2^k (s + slo) with 2^k - 1 exact (k <= 113); then, while the
 * 1 is still worth more than 2^-8 ulp, 2^k (1 + s) - 1 error-free plus 2^k
 * times the rest (rounding 2^k (1 + s) first and subtracting 1 after
 * would round twice, up to an ulp); beyond, the 1 no longer matters.
 */
w64_f128 __w64_expm1q_dd(w64_f128 x, w64_f128 *lo)
{
	if (w64_fabsq(x) <= W64_QC(0.35))
		return w64_q_fast_two_sum(x, expm1_tail(x), lo);
	long k;
	w64_f128 slo;
	w64_f128 s = __w64_expq_parts(x, 0, &k, &slo);
	if (k > 120 || k < -113) {
		*lo = 0;
		return __w64_scaleq(1 + (s + slo), k) - 1;
	}
	if (k > 113) {
		w64_f128 ul, e;
		w64_f128 u = w64_q_two_sum(1, s, &ul);
		w64_f128 h = w64_q_two_sum(__w64_scaleq(u, k), -1, &e);
		return w64_q_fast_two_sum(h, e + __w64_scaleq(ul + slo, k), lo);
	}
	w64_f128 a = __w64_scaleq(1, k) - 1; /* exact */
	w64_f128 b = __w64_scaleq(s, k), c = __w64_scaleq(slo, k);
	w64_f128 e;
	w64_f128 h = w64_q_two_sum(a, b, &e);
	return w64_q_fast_two_sum(h, e + c, lo);
}
