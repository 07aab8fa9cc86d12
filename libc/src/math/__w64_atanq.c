#include "w64_math.h"

/* atan(j/8) as hi, lo, j = 0..8. */
static const w64_f128 atan_tab[9][2] = {
	{0, 0},
	{W64_QC(0x1.fd5ba9aac2f6dc65912f313e7d11p-4), W64_QC(0x1.def1672afb2bb35b245d926aefbfp-120)},
	{W64_QC(0x1.f5b75f92c80dd62adb8f3debef44p-3), W64_QC(0x1.7e5aa7fa90388b3836b7a3a767c9p-118)},
	{W64_QC(0x1.6f61941e4def08e715464245b9fdp-2), W64_QC(-0x1.dbe613de34428d5d519dc660d1aep-116)},
	{W64_QC(0x1.dac670561bb4f68adfc88bd97875p-2), W64_QC(0x1.a06dc282b0e4c39be01c59e2dcddp-118)},
	{W64_QC(0x1.1e00babdefeb3f36b906bc2ccb88p-1), W64_QC(0x1.ba3c8c533f032959bae7a9ed2369p-115)},
	{W64_QC(0x1.4978fa3269ee12483350fe548afbp-1), W64_QC(0x1.64f71f84344f7595cf390a43332cp-115)},
	{W64_QC(0x1.700a7c5784633ce7965b4aa42149p-1), W64_QC(-0x1.de16142899f759c32bfaff6f5505p-115)},
	{W64_QC(0x1.921fb54442d18469898cc51701b8p-1), W64_QC(0x1.cd129024e088a67cc74020bbea64p-116)},
};

/* atan(u), |u| <= 1/15: u - u^3/3 + ... to u^31 (the next term is below
 * 2^-118 relative). */
static w64_f128 atan_small(w64_f128 u, w64_f128 *lo)
{
	w64_f128 u2 = u * u;
	w64_f128 p = (w64_f128)1 / 33;
	for (int n = 31; n >= 3; n -= 2)
		p = ((n & 2) ? (w64_f128)-1 : (w64_f128)1) / n + u2 * p;
	*lo = u * u2 * p;
	return u;
}

/*
 * atan(x) as hi + lo for x >= 0: above 1, pi/2 - atan(1/x); below, the
 * nearest c = j/8 and atan(c) + atan((x - c) / (1 + x c)) (x - c exact,
 * |u| <= 1/16).
 */
w64_f128 __w64_atanq_k(w64_f128 x, w64_f128 *lo)
{
	static const w64_f128 pio2_hi = W64_QC(0x1.921fb54442d18469898cc51701b8p+0);
	static const w64_f128 pio2_lo = W64_QC(0x1.cd129024e088a67cc74020bbea64p-115);
	int big = x > 1;
	w64_f128 z = x, zlo = 0;
	if (big) {
		z = 1 / x;
		w64_f128 pe;
		w64_f128 p = w64_q_two_prod(z, x, &pe);
		zlo = ((1 - p) - pe) / x; /* 1/x = z + zlo */
	}
	int j = (int)__w64_rintq(z * 8);
	w64_f128 c = (w64_f128)j / 8;
	/* num and den as hi + lo: u is not always small against the result
	 * (x just above 1/16: u near -1/16, atan(1/8) + u near 1/16), so
	 * their rounding errors count as much as the division's */
	w64_f128 nl, zce, dl;
	w64_f128 num = w64_q_two_sum(z - c, zlo, &nl);
	w64_f128 zc = w64_q_two_prod(z, c, &zce);
	w64_f128 den = w64_q_two_sum(1, zc, &dl);
	dl += zce + zlo * c;
	w64_f128 u = num / den;
	w64_f128 ulo;
	w64_f128 ue;
	w64_f128 up = w64_q_two_prod(u, den, &ue);
	w64_f128 urem = ((num - up) - ue + nl - u * dl) / den;
	w64_f128 s = atan_small(u, &ulo);
	ulo += urem;
	w64_f128 e;
	w64_f128 h = w64_q_two_sum(atan_tab[j][0], s, &e);
	e += atan_tab[j][1] + ulo;
	h = w64_q_fast_two_sum(h, e, &e);
	if (big) {
		w64_f128 e2;
		w64_f128 h2 = w64_q_two_sum(pio2_hi, -h, &e2);
		e2 += pio2_lo - e;
		return w64_q_fast_two_sum(h2, e2, lo);
	}
	*lo = e;
	return h;
}

/* sqrt((1 - a)(1 + a)) as hi + lo, 0 <= a <= 1 (1 - a exact from 1/2 on,
 * and below its rounding is tiny against 1). */
w64_f128 __w64_asinq_cofactor(w64_f128 a, w64_f128 *lo)
{
	w64_f128 pe;
	w64_f128 p = w64_q_two_sum(1, a, &pe);
	w64_f128 me;
	w64_f128 m = w64_q_two_sum(1, -a, &me);
	w64_f128 te;
	w64_f128 t = w64_q_two_prod(p, m, &te);
	te += pe * m + p * me;
	return w64_q_sqrt_dd(t, te, lo);
}

/* atan((n + nl) / (d + dl)) as hi + lo, 0 <= n, 0 < d. */
w64_f128 __w64_atanq_ratio(w64_f128 n, w64_f128 nl, w64_f128 d, w64_f128 dl, w64_f128 *lo)
{
	w64_f128 q = n / d;
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(q, d, &pe);
	w64_f128 ql = ((n - p) - pe + nl - q * dl) / d;
	w64_f128 h = __w64_atanq_k(q, lo);
	*lo += ql / (1 + q * q);
	return h;
}
