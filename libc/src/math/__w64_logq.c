#include <errno.h>

#include "w64_math.h"

/* 2 atanh(s) = log((1 + s)/(1 - s)) for s = f / (d + del), |s| <= 0.172:
 * 2 s + (2 slo + 2 s^3 (1/3 + s^2/5 + ...)) as hi + lo (23 terms reach
 * 2^-118 at 0.172; s's division error kept as slo). */
static w64_f128 log_ratio(w64_f128 f, w64_f128 d, w64_f128 del, w64_f128 *lo)
{
	w64_f128 s = f / d;
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(s, d, &pe);
	w64_f128 slo = ((f - p) - pe - s * del) / d;
	w64_f128 s2 = s * s;
	w64_f128 t = (w64_f128)1 / 47;
	for (int n = 45; n >= 3; n -= 2)
		t = (w64_f128)1 / n + s2 * t;
	*lo = 2 * slo + 2 * s * s2 * t;
	return 2 * s;
}

/* log(1 + j/64) as hi, lo, j = -20..28. */
static const w64_f128 log_tab[49][2] = {
	{W64_QC(-0x1.7fafa3bd8151bede6fdb532c4898p-2), W64_QC(0x1.9a831d9e19998ab830f2be19e012p-116)}, /* 1 -20/64 */
	{W64_QC(-0x1.68ac83e9c6a141a64eadd7401786p-2), W64_QC(-0x1.cbbc03e9c7248f3fb243c134ba42p-116)}, /* 1 -19/64 */
	{W64_QC(-0x1.522ae0738a3d7ce102c98eb2d0d4p-2), W64_QC(-0x1.10463123557cd015e71cd7a9f0e7p-116)}, /* 1 -18/64 */
	{W64_QC(-0x1.3c25277333183b54b606bd5c4e75p-2), W64_QC(-0x1.57bd6060b936c189871cf6d1df62p-119)}, /* 1 -17/64 */
	{W64_QC(-0x1.269621134db92783beb7676c0aaap-2), W64_QC(0x1.eae785b7919a55e432a52fb80667p-117)}, /* 1 -16/64 */
	{W64_QC(-0x1.1178e8227e47bde338b41fc72de8p-2), W64_QC(-0x1.e3bb51fd878496f146f7e0fdaa98p-118)}, /* 1 -15/64 */
	{W64_QC(-0x1.f991c6cb3b3797d99419be602863p-3), W64_QC(-0x1.b07644edc7c9e7a659550555ee18p-117)}, /* 1 -14/64 */
	{W64_QC(-0x1.d1037f2655e7b5818a49091c6888p-3), W64_QC(0x1.fc03dd4270121911cae6c0b7cf74p-118)}, /* 1 -13/64 */
	{W64_QC(-0x1.a93ed3c8ad9e36f2bea77a5c80ddp-3), W64_QC(0x1.9188e775070b0ba4611813f28405p-118)}, /* 1 -12/64 */
	{W64_QC(-0x1.823c16551a3c1bb734c63d061fa6p-3), W64_QC(-0x1.207ab3db6d1ed67ec773dbc2c5dap-119)}, /* 1 -11/64 */
	{W64_QC(-0x1.5bf406b543db1fb8292ecfc82063p-3), W64_QC(0x1.2d3d5f1e333aa986bb41a195fd4ep-118)}, /* 1 -10/64 */
	{W64_QC(-0x1.365fcb01590162fa8234b7289595p-3), W64_QC(-0x1.c206c033f255a6bb3f632d2e097dp-120)}, /* 1 -9/64 */
	{W64_QC(-0x1.1178e8227e47bde338b41fc72de8p-3), W64_QC(-0x1.e3bb51fd878496f146f7e0fdaa98p-119)}, /* 1 -8/64 */
	{W64_QC(-0x1.da727638446a25007e9c5ccc0630p-4), W64_QC(0x1.5504628bf8b428c1f1ba8aafc285p-118)}, /* 1 -7/64 */
	{W64_QC(-0x1.9335e5d594988ae1d5ea3eccd251p-4), W64_QC(0x1.da329f340343a04118ed8d3c5036p-118)}, /* 1 -6/64 */
	{W64_QC(-0x1.4d3115d207eac5da7d0b1e10b2f6p-4), W64_QC(-0x1.d34a76de4fdc95e0f352095bc59bp-118)}, /* 1 -5/64 */
	{W64_QC(-0x1.08598b59e3a0688a3fd9bf503373p-4), W64_QC(0x1.f681c9d380722e71a34d377a144fp-119)}, /* 1 -4/64 */
	{W64_QC(-0x1.894aa149fb3433517d2ecc144799p-5), W64_QC(0x1.5f973f27591e57988b68f247887dp-119)}, /* 1 -3/64 */
	{W64_QC(-0x1.0415d89e7444470173c75d4d888ap-5), W64_QC(0x1.0f8f9ecc43d9a0fcf1197b9ed79ep-120)}, /* 1 -2/64 */
	{W64_QC(-0x1.020565893584749f23a105b9c7bcp-6), W64_QC(0x1.9642aac1310ec916c9ed469c6cd0p-120)}, /* 1 -1/64 */
	{0, 0}, /* 1 +0/64 */
	{W64_QC(0x1.fc0a8b0fc03e3cf9eda74d37abd5p-7), W64_QC(0x1.b7d6077d207bb8a66ba281fc0aeep-121)}, /* 1 +1/64 */
	{W64_QC(0x1.f829b0e7833004cf8fc13c7bc8a8p-6), W64_QC(-0x1.4544147acc883294b8824e29c072p-122)}, /* 1 +2/64 */
	{W64_QC(0x1.77458f632dcfc4634f2a1ee4a583p-5), W64_QC(-0x1.c36408fe4d5762734f8298b2145cp-120)}, /* 1 +3/64 */
	{W64_QC(0x1.f0a30c01162a6617cc9716eeb32fp-5), W64_QC(0x1.31a68e9a66eb6a4b2ce30a3e152ep-121)}, /* 1 +4/64 */
	{W64_QC(0x1.341d7961bd1d092998376104d137p-4), W64_QC(0x1.408683b296de119e5439840e2017p-118)}, /* 1 +5/64 */
	{W64_QC(0x1.6f0d28ae56b4b9be499b9ed19b64p-4), W64_QC(0x1.9ca183deca10ffbe47025e714069p-121)}, /* 1 +6/64 */
	{W64_QC(0x1.a926d3a4ad563650bd22a9c3aa4cp-4), W64_QC(0x1.e6a7d9f88bb4e634077aac47e90ap-118)}, /* 1 +7/64 */
	{W64_QC(0x1.e27076e2af2e5e9ea87ffe1fe9e1p-4), W64_QC(0x1.576e53af1005fdbe55f74225f080p-118)}, /* 1 +8/64 */
	{W64_QC(0x1.0d77e7cd08e596697717a40c2ae9p-3), W64_QC(-0x1.dbd9a581397e3cf883bf9c74bcbap-119)}, /* 1 +9/64 */
	{W64_QC(0x1.29552f81ff5234c05dc7101f6fa7p-3), W64_QC(-0x1.dec086df1e103ac08a593f81bb24p-117)}, /* 1 +10/64 */
	{W64_QC(0x1.44d2b6ccb7d1e67d3d950f87e1e1p-3), W64_QC(-0x1.df4d419ba2c27d56c1fd27f5f87fp-118)}, /* 1 +11/64 */
	{W64_QC(0x1.5ff3070a793d3c873e20a072123cp-3), W64_QC(-0x1.406554719540418339c7ea602525p-117)}, /* 1 +12/64 */
	{W64_QC(0x1.7ab890210d9091be36b2d6a06080p-3), W64_QC(0x1.91ff8525362042cad5d8c59740efp-117)}, /* 1 +13/64 */
	{W64_QC(0x1.9525a9cf456b47641307538b8967p-3), W64_QC(0x1.899417da79ee2ecd28e27b5433dbp-117)}, /* 1 +14/64 */
	{W64_QC(0x1.af3c94e80bff2d8ce601937ccf5dp-3), W64_QC(-0x1.1312c8e8cb455e6bd6b13ba29b40p-117)}, /* 1 +15/64 */
	{W64_QC(0x1.c8ff7c79a9a21ac25d81ef2ffb9ap-3), W64_QC(0x1.2571d97a9d046b706c5c3c4cfd59p-118)}, /* 1 +16/64 */
	{W64_QC(0x1.e27076e2af2e5e9ea87ffe1fe9e1p-3), W64_QC(0x1.576e53af1005fdbe55f74225f080p-117)}, /* 1 +17/64 */
	{W64_QC(0x1.fb9186d5e3e2a8d55466c3794d2dp-3), W64_QC(-0x1.7db7f4f77549ba6fd09d34116553p-117)}, /* 1 +18/64 */
	{W64_QC(0x1.0a324e27390e35f73f7a018700c4p-2), W64_QC(-0x1.d721fca5041f68d21c9221c5e238p-116)}, /* 1 +19/64 */
	{W64_QC(0x1.1675cababa60e039cc7d57106e2ep-2), W64_QC(0x1.1f833e82521e0cfa9a61e46e1ccbp-119)}, /* 1 +20/64 */
	{W64_QC(0x1.22941fbcf7965a242853da75d433p-2), W64_QC(-0x1.68b2a9642c3c4e8c5c0ec4d68002p-119)}, /* 1 +21/64 */
	{W64_QC(0x1.2e8e2bae11d309c2cc91a85081b4p-2), W64_QC(-0x1.90910a5209bb21d5bd9661b3155ap-117)}, /* 1 +22/64 */
	{W64_QC(0x1.3a64c556945e9c72f35cd740d08ep-2), W64_QC(-0x1.485c31181fd61b91eccb201b9831p-119)}, /* 1 +23/64 */
	{W64_QC(0x1.4618bc21c5ec27d0b7b37b33c734p-2), W64_QC(0x1.05772cd24c00b44393cb5eeb55cbp-116)}, /* 1 +24/64 */
	{W64_QC(0x1.51aad872df82d09c93d60cfaaf19p-2), W64_QC(-0x1.c56161950680a3ed41de065a3a51p-116)}, /* 1 +25/64 */
	{W64_QC(0x1.5d1bdbf5809ca508d8e0f71ff845p-2), W64_QC(0x1.9f380b4a6b429a4bb094df9cbb76p-116)}, /* 1 +26/64 */
	{W64_QC(0x1.686c81e9b14aec442be1014e3869p-2), W64_QC(0x1.92deded1c3395996523fa9ae6167p-116)}, /* 1 +27/64 */
	{W64_QC(0x1.739d7f6bbd0069ce24c53fad3ef8p-2), W64_QC(-0x1.a55221ef2315a68a844436d87b2ep-116)}, /* 1 +28/64 */
};

/*
 * log x = k ln2 + log c + log(m / c), x = 2^k m, sqrt(1/2) <= m < sqrt(2),
 * c = 1 + j/64 the grid point nearest m (from the table as hi + lo), and
 * log(m / c) = 2 atanh(s), s = (m - c)/(m + c), |s| < 1/180: m - c is
 * exact, s is formed as s + slo, and the series' tail 2 s^3 (1/3 + ...) is
 * below 2^-22 of the result, so the result hi + lo is good to about
 * 2^-130 relative: enough for powl, where y log x multiplies the error by
 * up to 11357.
 */
w64_f128 __w64_logq_core(w64_f128 x, w64_f128 *lo)
{
	static const w64_f128 ln2_hi = W64_QC(0x1.62e42fefa39ef35793c767300000p-1);
	static const w64_f128 ln2_lo = W64_QC(0x1.f97b57a079a193394c5b16c5068cp-103);
	static const w64_f128 sqrt2 = W64_QC(1.41421356237309504880168872420969807857);
	int e;
	w64_f128 m = __w64_frexpq(x, &e); /* 0.5 <= m < 1 */
	if (m < sqrt2 / 2) {
		m *= 2;
		e--;
	}
	int j = (int)__w64_rintq((m - 1) * 64);
	w64_f128 c = 1 + (w64_f128)j / 64;
	w64_f128 del;
	w64_f128 d = w64_q_two_sum(m, c, &del);
	w64_f128 tail;
	w64_f128 s2 = log_ratio(m - c, d, del, &tail); /* m - c exact */
	w64_f128 kf = e;
	w64_f128 e1, e2;
	w64_f128 h = w64_q_two_sum(kf * ln2_hi, log_tab[j + 20][0], &e1); /* k ln2_hi exact */
	h = w64_q_two_sum(h, s2, &e2);
	e1 += e2 + tail + log_tab[j + 20][1] + kf * ln2_lo;
	return w64_q_fast_two_sum(h, e1, lo);
}

/*
 * log(x) times c (c_hi + c_lo: 1, log2(e) or log10(e)) with C's special
 * cases: log x as hi + lo, the product error-free.
 */
w64_f128 __w64_logq_times(w64_f128 x, w64_f128 c_hi, w64_f128 c_lo)
{
	if (w64_isnanq(x))
		return x + x;
	if (x == 0)
		return __w64_math_errorq(-W64_Q_INF, ERANGE);
	if (x < 0)
		return __w64_math_errorq(W64_Q_NAN, EDOM);
	if (w64_isinfq(x))
		return x;
	w64_f128 lo;
	w64_f128 h = __w64_logq_core(x, &lo);
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(h, c_hi, &pe);
	return p + (pe + h * c_lo + lo * c_hi);
}

/* atanh(x) for |x| <= 0.172 as hi + lo. */
w64_f128 __w64_atanhq_small(w64_f128 x, w64_f128 *lo)
{
	w64_f128 h = log_ratio(x, 1, 0, lo);
	*lo /= 2;
	return h / 2;
}

/* log1p(x + xlo), x > -1, xlo tiny against 1 + x. */
w64_f128 __w64_log1pq_dd(w64_f128 x, w64_f128 xlo)
{
	return __w64_log1pq_core(x) + xlo / (1 + x);
}

/* log(x + xlo), x > 0, xlo tiny against x. */
w64_f128 __w64_logq_dd(w64_f128 x, w64_f128 xlo)
{
	w64_f128 lo;
	w64_f128 h = __w64_logq_core(x, &lo);
	return h + (lo + xlo / x);
}

/* log(1 + x), x > -1.  Small x: the series on s = x / (2 + x) directly;
 * otherwise log(u) for u = 1 + x rounded, plus (x - (u - 1)) / u for the
 * part of x the rounding lost. */
w64_f128 __w64_log1pq_core(w64_f128 x)
{
	w64_f128 lo;
	if (w64_fabsq(x) < W64_QC(0.25)) {
		w64_f128 del;
		w64_f128 d = w64_q_two_sum(2, x, &del);
		w64_f128 h = log_ratio(x, d, del, &lo);
		return h + lo;
	}
	w64_f128 u = 1 + x;
	w64_f128 h = __w64_logq_core(u, &lo);
	return h + (lo + (x - (u - 1)) / u);
}
