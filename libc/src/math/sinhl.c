#include <errno.h>
#include <math.h>

#include "w64_math.h"

/* 1/(2n+1)!, n = 1..15 */
static const w64_f128 c[15] = {
	W64_QC(0x1.5555555555555555555555555555p-3), W64_QC(0x1.1111111111111111111111111111p-7),
	W64_QC(0x1.a01a01a01a01a01a01a01a01a01ap-13), W64_QC(0x1.71de3a556c7338faac1c88e50017p-19),
	W64_QC(0x1.ae64567f544e38fe747e4b837dc7p-26), W64_QC(0x1.6124613a86d097ca38331d23af68p-33),
	W64_QC(0x1.ae7f3e733b81f11d8656b0ee8cb0p-41), W64_QC(0x1.952c77030ad4a6b2605197771b00p-49),
	W64_QC(0x1.2f49b4681415724ca1ec3b7b9675p-57), W64_QC(0x1.71b8ef6dcf5718bef146fcee6e45p-66),
	W64_QC(0x1.761b413163819d97b8704dd7f628p-75), W64_QC(0x1.3f3ccdd165fa8d4e44a419776f11p-84),
	W64_QC(0x1.d1ab1c2dccea320a9a18f15d4277p-94), W64_QC(0x1.259f98b4358ad7abe30e7766f129p-103),
	W64_QC(0x1.434d2e783f5bc42e1ee46fa6bfc4p-113),
};

/*
 * Below 1 its Taylor series, x + x^3 (1/3! + x^2/5! + ... + x^28/31!)
 * (all terms positive); above, e^|x|/2 - e^-|x|/2 with e^|x|/2 from the
 * exp core as hi + lo (no overflow before the halving).
 */
w64_f128 __w64_sinhq(w64_f128 x)
{
	if (w64_isnanq(x) || w64_isinfq(x) || x == 0)
		return x + x;
	w64_f128 ax = w64_fabsq(x), r;
	if (ax < W64_QC(0x1p-57))
		return x;
	if (ax < 1) {
		w64_f128 x2 = ax * ax;
		w64_f128 p = c[14];
		for (int i = 13; i >= 0; i--)
			p = c[i] + x2 * p;
		r = ax + ax * x2 * p;
	} else if (ax > 11357) {
		r = __w64_math_errorq(W64_Q_INF, ERANGE);
	} else {
		w64_f128 hl;
		w64_f128 hh = __w64_expq_half(ax, &hl);
		if (ax > 60) {
			r = hh + hl;
		} else {
			w64_f128 e;
			w64_f128 t = w64_q_two_sum(hh, -W64_QC(0.25) / hh, &e);
			r = t + (e + hl);
		}
		if (w64_isinfq(r))
			r = __w64_math_errorq(r, ERANGE);
	}
	return x < 0 ? -r : r;
}

long double sinhl(long double x)
{
	return (long double)__w64_sinhq(x);
}
