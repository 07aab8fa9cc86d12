#include "w64_math.h"

/* 2/sqrt(pi) (-1)^n / (n! (2n + 1)), n = 1..35: erf's Maclaurin series
 * after its first term, which is a0 = 2/sqrt(pi) as hi + lo. */
static const w64_f128 erf_c[35] = {
	W64_QC(-0x1.812746b0379e6c23da36c6a91ffdp-2), W64_QC(0x1.ce2f21a042be1b5e390e87fe2662p-4),
	W64_QC(-0x1.b82ce31288b50ddfd4d0e30a6db3p-6), W64_QC(0x1.565bcd0e6a53ee58c1f7cd081c6fp-8),
	W64_QC(-0x1.c02db40040b858996da17c1d3c7ep-11), W64_QC(0x1.f9a326f9b89b77a688d071c5164dp-14),
	W64_QC(-0x1.f4d25c3e0c2eb5e6c6e6d7161af7p-17), W64_QC(0x1.b9e6c9dc651a2807dcad909b08bcp-20),
	W64_QC(-0x1.5f742ec43e719f16b87e1033713dp-23), W64_QC(0x1.fcc5720624c1bcda2fa56cc93ff7p-27),
	W64_QC(-0x1.51d7181c5d36c848075a9f41d781p-30), W64_QC(0x1.9e6ad5e55a72fc8150b36e05ac30p-34),
	W64_QC(-0x1.d8453cb0c46e9dee892fab548121p-38), W64_QC(0x1.f683ae4a97006b837c8879c51bafp-42),
	W64_QC(-0x1.f56f071a885ce8ce13a9c3d4a65cp-46), W64_QC(0x1.d70b3537f4764f0f29be81a8bb4ep-50),
	W64_QC(-0x1.a2007af3447f5c1980aff0431f8cp-54), W64_QC(0x1.5f7919bc67b8bc24d1aed7dc300dp-58),
	W64_QC(-0x1.18cc8a061c479546870b8357d0b6p-62), W64_QC(0x1.ab5cc31489f290c5406b6f3bf8f6p-67),
	W64_QC(-0x1.3676fc48c133c2792f15107424d8p-71), W64_QC(0x1.af83c2fb19fa5d6cf56a55f6c2fcp-76),
	W64_QC(-0x1.1f690c2b2753a1ed29062c77d577p-80), W64_QC(0x1.6f928977a0027803c502abcf3e49p-85),
	W64_QC(-0x1.c40abff27ce652f128e5c5094f35p-90), W64_QC(0x1.0baeaddb047b036a05a3ed6ea984p-94),
	W64_QC(-0x1.31b7776e541270815c76f3ee4472p-99), W64_QC(0x1.512193be512981d727bafee189b7p-104),
	W64_QC(-0x1.67657a57148a35bb05b28c590486p-109), W64_QC(0x1.72c97f9dd3b8d6596e3c8b33454bp-114),
	W64_QC(-0x1.7298e545013ac63f6e4fa6865972p-119), W64_QC(0x1.6731bac4d9cea0a3e1121f6e85f5p-124),
	W64_QC(-0x1.51e98b3b1916ad1f171f4a60cbd3p-129), W64_QC(0x1.34d111e701527c9afea6f67f4f1ep-134),
	W64_QC(-0x1.1264ac150f150fd60dd7d41e4aa0p-139),
};

/* erf(x) as hi + lo for |x| <= 1: x a0 and x^3 a1 in double-binary128, plus x^5 P(x^2)
 * (terms to x^71: the next is below 2^-120 of the result). */
w64_f128 __w64_erfq_small(w64_f128 x, w64_f128 *lo)
{
	static const w64_f128 a0_hi = W64_QC(0x1.20dd750429b6d11ae3a914fed7fep+0);
	static const w64_f128 a0_lo = W64_QC(-0x1.e5df5fb2f8a29e0c574632f53e7ap-114);
	w64_f128 x2l;
	w64_f128 x2 = w64_q_two_prod(x, x, &x2l);
	w64_f128 p = erf_c[34];
	for (int i = 33; i >= 1; i--)
		p = erf_c[i] + x2 * p;
	/* x a0 and x^3 a1 error-free (the two largest terms), x^5 P after */
	w64_f128 x3l;
	w64_f128 x3 = w64_q_two_prod(x, x2, &x3l);
	x3l += x * x2l;
	w64_f128 e1;
	w64_f128 t1 = w64_q_two_prod(x3, erf_c[0], &e1);
	e1 += x3l * erf_c[0];
	w64_f128 e;
	w64_f128 h = w64_q_two_prod(x, a0_hi, &e);
	w64_f128 e2;
	h = w64_q_two_sum(h, t1, &e2);
	e += e1 + e2 + x * a0_lo + x3 * x2 * p + (x3l * x2 + x3 * x2l) * p;
	return w64_q_fast_two_sum(h, e, lo);
}

/*
 * erfc(x) for x >= 1/2: e^(-x^2) / sqrt(pi) / K with Laplace's continued
 * fraction K = x + (1/2) / (x + 1 / (x + (3/2) / (x + ...))), evaluated
 * backward from a depth that makes its truncation error negligible
 * (3,000 / x^2 + 60 terms: 12,060 at 1/2), its last step as hi + lo.  All of it is
 * one exponential, e^(-x^2 - log sqrt(pi) - log K), the argument in
 * double-binary128, so the result is rounded about once.
 */
w64_f128 __w64_erfcq_big(w64_f128 x) /* x >= 1/2 */
{
	static const w64_f128 lsp_hi = W64_QC(0x1.250d048e7a1bd0bd5f956c6a843fp-1);
	static const w64_f128 lsp_lo = W64_QC(0x1.266179b76fcecfc981b8ce00bb2cp-115);
	double xd = (double)x;
	int n = (int)(3000 / (xd * xd)) + 60;
	w64_f128 kh = x, kl = 0;
	for (int i = n; i >= 9; i--)
		kh = x + (w64_f128)i / 2 / kh;
	/* the last steps, where the fractions are not small against x, in
	 * double-binary128 */
	for (int i = 8; i >= 1; i--) {
		w64_f128 a = (w64_f128)i / 2;
		w64_f128 q = a / kh;
		w64_f128 pe;
		w64_f128 p = w64_q_two_prod(q, kh, &pe);
		w64_f128 ql = ((a - p) - pe - q * kl) / kh;
		w64_f128 e;
		kh = w64_q_two_sum(x, q, &e);
		kl = e + ql;
	}
	w64_f128 ll;
	w64_f128 lh = __w64_logq_core(kh, &ll);
	ll += kl / kh;
	w64_f128 x2l;
	w64_f128 x2 = w64_q_two_prod(x, x, &x2l);
	w64_f128 e1, e2;
	w64_f128 a = w64_q_two_sum(-x2, -lh, &e1);
	a = w64_q_two_sum(a, -lsp_hi, &e2);
	return __w64_expq_core(a, e1 + e2 - x2l - ll - lsp_lo, 0);
}
