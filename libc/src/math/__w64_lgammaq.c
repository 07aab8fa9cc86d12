#include "w64_math.h"

/* B_2k / (2k (2k - 1)), k = 1..23: Stirling's series. */
static const w64_f128 bern[23] = {
	W64_QC(0x1.5555555555555555555555555555p-4), W64_QC(-0x1.6c16c16c16c16c16c16c16c16c17p-9),
	W64_QC(0x1.a01a01a01a01a01a01a01a01a01ap-11), W64_QC(-0x1.3813813813813813813813813814p-11),
	W64_QC(0x1.b951e2b18ff23570ea73806e5479p-11), W64_QC(-0x1.f6ab0d9993c7c81f6ab0d9993c7dp-10),
	W64_QC(0x1.a41a41a41a41a41a41a41a41a41ap-8), W64_QC(-0x1.e4286cb0f5397dc2064a8ed3175cp-6),
	W64_QC(0x1.6fe96381e067ffa1876fe96381e0p-3), W64_QC(-0x1.6476701181f39edbdb9ce625987dp+0),
	W64_QC(0x1.ace44322ce005a74f53910c8b380p+3), W64_QC(-0x1.39b2525cccc1aab67ee25d73c0f9p+7),
	W64_QC(0x1.12234e81b4e81b4e81b4e81b4e82p+11), W64_QC(-0x1.1a198ae1c4ab7eb3feddd8496920p+15),
	W64_QC(0x1.51a2089a6e11a38433dc9fb888d4p+19), W64_QC(-0x1.d1089b142d3577880c2d3577880cp+23),
	W64_QC(0x1.6d29a0f6433b79890cede62433b8p+28), W64_QC(-0x1.445119d9e466ed5d4c049ab892ecp+33),
	W64_QC(0x1.43779bc9d4024e6a171024e6a171p+38), W64_QC(-0x1.6800b7bc07a8c854486b02e295edp+43),
	W64_QC(0x1.bc8cd6f8f1f755c78753cdb5d5c9p+48), W64_QC(-0x1.2efaec50eee5379680a13e9fb109p+54),
	W64_QC(0x1.c5c266feb5e17db216d6146a5a9ep+59),
};

/* (-1)^k (zeta(k) - 1) / k, k = 3..71: lgamma(2 + t)'s Taylor coefficients
 * after the first two. */
static const w64_f128 l2_c[69] = {
	W64_QC(-0x1.13e001a5576068125d0741df7858p-4), W64_QC(0x1.51322ac7d84836bf2242232dca47p-6),
	W64_QC(-0x1.e404fc218f5f186d6760c385330ep-8), W64_QC(0x1.7add6eadb6c2fd490fae70050172p-9),
	W64_QC(-0x1.38ac5c2bf8e07ceb67c604c626f6p-10), W64_QC(0x1.0b36af86396e8be59ca4ddb5a64dp-11),
	W64_QC(-0x1.d3fd4c76d2fc7c70754606688fa5p-13), W64_QC(0x1.a127b0f17d65a33a61354e004cf2p-14),
	W64_QC(-0x1.78de5bd7c81eef2efd5f190dc2cdp-15), W64_QC(0x1.580dcee66eb0224c0ae964b1ee44p-16),
	W64_QC(-0x1.3cbc963ce2242856a464e0ab35d5p-17), W64_QC(0x1.2597a39f34aab901bbae75609fd8p-18),
	W64_QC(-0x1.11b2eb76795411c76b0e65ac639bp-19), W64_QC(0x1.0064cdeb22f0f3a02ad5ffb78217p-20),
	W64_QC(-0x1.e2600d93cfd2ebb3d4f1868fbe6bp-22), W64_QC(0x1.c76bbb3f07a4d7668adddda6d48fp-23),
	W64_QC(-0x1.af5a6cbbf8a97657c89fa5b60f88p-24), W64_QC(0x1.99b93c2070b0f40c9c591cd909eap-25),
	W64_QC(-0x1.862c734df3eac6cca00afb036818p-26), W64_QC(0x1.7469daccfadccb258b1dcc5155dfp-27),
	W64_QC(-0x1.6434a8447aead035ee5dbf0edf9ap-28), W64_QC(0x1.555a877ffd2c29e2be683656f13bp-29),
	W64_QC(-0x1.47b1679258d0e413cdb83a1538f4p-30), W64_QC(0x1.3b15d2b2fc10bc50c1202229ae9ap-31),
	W64_QC(-0x1.2f69a9fabe3df97a755322ce1db6p-32), W64_QC(0x1.24932a337434c41820a7091423a3p-33),
	W64_QC(-0x1.1a7c26ec2523c53d3af6d2812d29p-34), W64_QC(0x1.11116e693ed978e3f2cad8600e57p-35),
	W64_QC(-0x1.08424cbc543d8281df041b793d4bp-36), W64_QC(0x1.000026e3f644f4d51a9815322258p-37),
	W64_QC(-0x1.f07c514fc9f0a0badb5f2a2d6045p-39), W64_QC(0x1.e1e2026aafcd7a755e9e6b1e780ap-40),
	W64_QC(-0x1.d41d56e5ee2e1d78ed65b062543ep-41), W64_QC(0x1.c71c7f6f10e36bfbe2e26cb30374p-42),
	W64_QC(-0x1.bacf9a27bc89ad6b4bbd43f5ee38p-43), W64_QC(0x1.af28718a10d6e281afe37085970ep-44),
	W64_QC(-0x1.a41a45603e5b5a75058c37b49bf0p-45), W64_QC(0x1.99999c0716ee8b187bc1bef29131p-46),
	W64_QC(-0x1.8f9c1a8df9d77e625a92bb8e6dfap-47), W64_QC(0x1.8618628d28904cc5056234aef19ep-48),
	W64_QC(-0x1.7d05f4c31c5605c6ee82df30ce0bp-49), W64_QC(0x1.745d17b56ba4a674e2f0035c28c7p-50),
	W64_QC(-0x1.6c16c1b4d64566bb45cb97243d92p-51), W64_QC(0x1.642c85c023d9c887eb79bca14271p-52),
	W64_QC(-0x1.5c9882d825e9c9a37039036fd052p-53), W64_QC(0x1.555555698a86639eb90c92ea148ap-54),
	W64_QC(-0x1.4e5e0a8022bc8dae8c46ee149fd0p-55), W64_QC(0x1.47ae14838081e882e7b3e6f672f6p-56),
	W64_QC(-0x1.41414146e3e313c8ee7d4261693fp-57), W64_QC(0x1.3b13b13ec2f3a0a0e2d83d68a5c6p-58),
	W64_QC(-0x1.3521cfb5208594896c42a8f2ec41p-59), W64_QC(0x1.2f684bdba6a9922daac30b4be8c9p-60),
	W64_QC(-0x1.29e4129f49673b3843da7a1e5bb0p-61), W64_QC(0x1.249249253f4cbbba2c3db2cd6133p-62),
	W64_QC(-0x1.1f7047dc8348b6a6d988e3dba6d1p-63), W64_QC(0x1.1a7b9611f1f7bb412d63f4093ef5p-64),
	W64_QC(-0x1.15b1e5f78318f42ab70bfab5afbbp-65), W64_QC(0x1.1111111130f6c22d1197c6ec5ef9p-66),
	W64_QC(-0x1.0c9714fbe28e395f4d487f419244p-67), W64_QC(0x1.084210842ec0622f5ebbc3136b7dp-68),
	W64_QC(-0x1.041041041941447a81e0b496d6a9p-69), W64_QC(0x1.0000000005e82a45653b6f7da28ap-70),
	W64_QC(-0x1.f81f81f827432bad7bb5b828fe56p-72), W64_QC(0x1.f07c1f07c707e65fa3f89859cc94p-73),
	W64_QC(-0x1.e9131abf0ece6bfc800f83089b5cp-74), W64_QC(0x1.e1e1e1e1e41423cb7741674d2916p-75),
	W64_QC(-0x1.dae6076b998f1647d2ae0fcb4bf0p-76), W64_QC(0x1.d41d41d41e3494bc99134c27ad11p-77),
	W64_QC(-0x1.cd8568903a503b4d1549fabf6f9bp-78),
};

/*
 * lgamma(2 + t) as hi + lo for |t| <= 1/2: (1 - gamma) t + (zeta(2) - 1)/2
 * t^2 + sum (-1)^k (zeta(k) - 1)/k t^k (the terms shrink like 4^-k: 69
 * reach 2^-120), the first two error-free.
 */
static w64_f128 lgamma2(w64_f128 t, w64_f128 *lo)
{
	static const w64_f128 c1_hi = W64_QC(0x1.b0ee6072093ce16cb90701fbfab5p-2), c1_lo = W64_QC(-0x1.6ad439d9875ecb980321807be68ep-117);
	static const w64_f128 c2_hi = W64_QC(0x1.4a34cc4a60fa6461cf62448802ebp-2), c2_lo = W64_QC(0x1.cbd6b911b55022c5b1666b058063p-117);
	w64_f128 p = l2_c[68];
	for (int i = 67; i >= 0; i--)
		p = l2_c[i] + t * p;
	w64_f128 t2l;
	w64_f128 t2 = w64_q_two_prod(t, t, &t2l);
	w64_f128 e1, e2, e3;
	w64_f128 a = w64_q_two_prod(c1_hi, t, &e1);
	w64_f128 b = w64_q_two_prod(c2_hi, t2, &e2);
	w64_f128 h = w64_q_two_sum(a, b, &e3);
	w64_f128 l = e1 + e2 + e3 + c1_lo * t + c2_lo * t2 + c2_hi * t2l + t2 * t * p;
	return w64_q_fast_two_sum(h, l, lo);
}

/* log(h + l) as hi + lo, l tiny against h. */
static w64_f128 log_dd(w64_f128 h, w64_f128 l, w64_f128 *lo)
{
	w64_f128 r = __w64_logq_core(h, lo);
	*lo += l / h;
	return r;
}

/*
 * lgamma(x) for x > 0 as hi + lo.
 *
 *   x < 1/2        lgamma(2 + x) - log(x (1 + x))   (t = x exact)
 *   1/2 <= x < 3/2 lgamma(2 + t) - log x, t = x - 1 exact
 *   3/2 <= x < 5/2 lgamma(2 + t), t = x - 2
 *   5/2 <= x < 24  lgamma(x - n) + log((x - 1) ... (x - n)), each x - j
 *                  exact and the product in double-binary128
 *   24 <= x        Stirling: (x - 1/2) log x - x + log(2 pi)/2 +
 *                  sum B_2k / (2k (2k - 1) x^(2k-1)) (23 terms: 2^-120)
 */
w64_f128 __w64_lgammaq_pos(w64_f128 x, w64_f128 *lo)
{
	static const w64_f128 hl2pi_hi = W64_QC(0x1.d67f1c864beb4a69297920028832p-1);
	static const w64_f128 hl2pi_lo = W64_QC(0x1.011e7d847c689a2c5a6ef635189ap-115);
	if (x < 24) {
		w64_f128 gl, ll = 0, lh = 0, e;
		w64_f128 gh;
		if (x < W64_QC(0.5)) {
			gh = lgamma2(x, &gl);
			w64_f128 bl;
			w64_f128 b = w64_q_two_sum(1, x, &bl);
			w64_f128 pl;
			w64_f128 p = w64_q_two_prod(x, b, &pl);
			pl += x * bl;
			lh = -log_dd(p, pl, &ll);
			ll = -ll;
		} else if (x < W64_QC(1.5)) {
			gh = lgamma2(x - 1, &gl);
			lh = -__w64_logq_core(x, &ll);
			ll = -ll;
		} else if (x < W64_QC(2.5)) {
			gh = lgamma2(x - 2, &gl);
		} else {
			w64_f128 n = __w64_truncq(x - W64_QC(1.5)); /* x - n in [1.5, 2.5) */
			w64_f128 ph = x - 1, pl = 0;
			for (w64_f128 j = 2; j <= n; j += 1) {
				w64_f128 pe;
				w64_f128 p = w64_q_two_prod(ph, x - j, &pe);
				pe += pl * (x - j);
				ph = w64_q_fast_two_sum(p, pe, &pl);
			}
			gh = lgamma2((x - n) - 2, &gl);
			lh = log_dd(ph, pl, &ll);
		}
		w64_f128 h = w64_q_two_sum(gh, lh, &e);
		return w64_q_fast_two_sum(h, e + gl + ll, lo);
	}
	w64_f128 ll;
	w64_f128 lh = __w64_logq_core(x, &ll);
	w64_f128 z = 1 / x, z2 = z * z;
	w64_f128 s = bern[22];
	for (int k = 21; k >= 0; k--)
		s = bern[k] + z2 * s;
	s *= z;
	/* (x - 1/2)(lh + ll) - x */
	w64_f128 me;
	w64_f128 m = w64_q_two_sum(x, W64_QC(-0.5), &me);
	w64_f128 e;
	w64_f128 h = w64_q_two_prod(m, lh, &e);
	e += m * ll + me * lh;
	w64_f128 e2;
	w64_f128 h2 = w64_q_two_sum(h, -x, &e2);
	e2 += e + hl2pi_lo + s;
	w64_f128 e3;
	w64_f128 h3 = w64_q_two_sum(h2, hl2pi_hi, &e3);
	return w64_q_fast_two_sum(h3, e3 + e2, lo);
}

/* log1p(u + ul) as hi + lo, |u| < 1/2, ul tiny against u: 2 atanh(u / (2 +
 * u)) while that series converges fast, else log(1 + u), which is then
 * far from 0. */
static w64_f128 log1p_dd(w64_f128 u, w64_f128 ul, w64_f128 *lo)
{
	if (w64_fabsq(u) <= W64_QC(0.25)) {
		w64_f128 dl, pe;
		w64_f128 d = w64_q_two_sum(2, u, &dl);
		dl += ul;
		w64_f128 s = u / d;
		w64_f128 p = w64_q_two_prod(s, d, &pe);
		w64_f128 sl = ((u - p) - pe + ul - s * dl) / d; /* |s| <= 1/7 */
		w64_f128 al;
		w64_f128 a = __w64_atanhq_small(s, &al);
		*lo = 2 * al + 2 * sl / (1 - s * s);
		return 2 * a;
	}
	w64_f128 vl;
	w64_f128 v = w64_q_two_sum(1, u, &vl);
	vl += ul;
	w64_f128 h = __w64_logq_core(v, lo);
	*lo += vl / v;
	return h;
}

/*
 * lgamma(x) for x = -m + eps within the width of the zero z = -m + e, as
 * hi + lo, from dh = eps - e_hi (exact there: eps lies between e/2 and
 * 3e/2): lgamma(x) = d P(d) - log1p(d / e), d = x - z
 * (scripts/gen-lgammaq-zeros.py derives it).  Both terms are small, of
 * opposite signs, and the second at most twice the result, so the result
 * keeps its relative accuracy right up to the zero.
 */
#define W64_LGAMMAQ_DD 6

static w64_f128 expand_at_zero(const struct w64_lgammaq_zero *z, w64_f128 dh, w64_f128 *lo)
{
	w64_f128 dl;
	w64_f128 d = w64_q_two_sum(dh, -z->e_lo, &dl); /* d + dl = x - z */
	/* P(d) by Horner: the high-order terms in binary128, the last
	 * W64_LGAMMAQ_DD (a1 .. a6) in double-binary128, since near -2.6 the
	 * result is a third of d P(d) and a2 d, a3 d^2 ... are not small
	 * against it */
	const w64_f128(*c)[2] = __w64_lgammaq_zero_coef + z->first;
	int k = z->count - 1;
	w64_f128 ph = c[k][0], pl = k < W64_LGAMMAQ_DD ? c[k][1] : 0;
	while (--k >= W64_LGAMMAQ_DD)
		ph = c[k][0] + d * ph;
	for (; k >= 0; k--) {
		w64_f128 e1, e2;
		w64_f128 t = w64_q_two_prod(d, ph, &e1);
		e1 += d * pl + dl * ph;
		t = w64_q_two_sum(c[k][0], t, &e2);
		ph = w64_q_fast_two_sum(t, e1 + e2 + c[k][1], &pl);
	}
	/* (d + dl)(ph + pl) */
	w64_f128 rl;
	w64_f128 rh = w64_q_two_prod(d, ph, &rl);
	rl += d * pl + dl * ph;
	/* u + ul = (d + dl) / (e_hi + e_lo), |u| < 1/2 */
	w64_f128 u = d / z->e_hi;
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(u, z->e_hi, &pe);
	w64_f128 ul = ((d - p) - pe + dl - u * z->e_lo) / z->e_hi;
	w64_f128 ll;
	w64_f128 l = log1p_dd(u, ul, &ll);
	w64_f128 e;
	w64_f128 s = w64_q_two_sum(rh, -l, &e);
	return w64_q_fast_two_sum(s, e + rl - ll, lo);
}

/*
 * lgamma(-ax) as *h + *lo when -ax is near one of lgamma's zeros below -2
 * (returns 0 otherwise): there the reflection formula subtracts two nearly
 * equal logs.  -ax in (-k-1, -k) has a zero next to -k (x + k < 0; none
 * for k < 2) and one next to -k-1 (x + k + 1 > 0), each with its width
 * (the zero at -2.457 reaches past -2.5: the nearest integer is not
 * always the pole of the zero that is near).
 */
static int near_zero(w64_f128 ax, w64_f128 *h, w64_f128 *lo)
{
	if (!(ax < W64_LGAMMAQ_LAST_POLE + 1))
		return 0;
	int k = (int)__w64_truncq(ax);
	for (int m = k < 2 ? 2 : k; m <= k + 1 && m <= W64_LGAMMAQ_LAST_POLE; m++) {
		if (m == 2 && k == 1)
			continue; /* lgamma > 0 on (-2, -1) */
		w64_f128 eps = (w64_f128)m - ax; /* x + m, exact */
		const struct w64_lgammaq_zero *z = &__w64_lgammaq_zeros[2 * m - 4 - (m > k)];
		w64_f128 dh = eps - z->e_hi;
		if (w64_fabsq(dh) <= z->width) {
			*h = expand_at_zero(z, dh, lo);
			return 1;
		}
	}
	return 0;
}

/* x < 0 not an integer: log(pi / |x sin(pi x)|) - lgamma(-x), the sine of
 * an exactly reduced argument, except near lgamma's zeros below -2
 * (near_zero); *sign gets sin(pi x)'s. */
w64_f128 __w64_lgammaq_neg(w64_f128 x, w64_f128 *lo, int *sign)
{
	static const w64_f128 pi_hi = W64_QC(0x1.921fb54442d18469898cc51701b8p+1);
	static const w64_f128 pi_lo = W64_QC(0x1.cd129024e088a67cc74020bbea64p-114);
	w64_f128 ax = -x;
	/* r = ax - 2 round(ax / 2) in [-1, 1], exact; sin(pi x) = -sin(pi ax) */
	w64_f128 r = ax - 2 * __w64_rintq(ax / 2);
	int neg = r < 0;
	/* sin(pi ax) has the sign of r, sin(pi x) the opposite, and Gamma(x)
	 * the sign of sin(pi x) */
	*sign = neg ? 1 : -1;
	w64_f128 zh;
	if (near_zero(ax, &zh, lo))
		return zh;
	w64_f128 t = w64_fabsq(r);
	int use_cos = 0;
	if (t > W64_QC(0.75))
		t = 1 - t;
	else if (t > W64_QC(0.25)) {
		t = t - W64_QC(0.5);
		use_cos = 1;
	}
	w64_f128 ye;
	w64_f128 y = w64_q_two_prod(t, pi_hi, &ye);
	ye += t * pi_lo;
	w64_f128 sl;
	w64_f128 s = use_cos ? __w64_cosq_k(y, ye, &sl) : __w64_sinq_k(y, ye, &sl);
	/* s + sl = |sin(pi ax)| */
	/* q = pi / (ax s) */
	w64_f128 pe;
	w64_f128 p = w64_q_two_prod(ax, s, &pe);
	pe += ax * sl;
	w64_f128 q = pi_hi / p;
	w64_f128 qe;
	w64_f128 qp = w64_q_two_prod(q, p, &qe);
	w64_f128 qlo = ((pi_hi - qp) - qe + pi_lo - q * pe) / p;
	w64_f128 ll;
	w64_f128 lh = __w64_logq_core(q, &ll);
	ll += qlo / q;
	w64_f128 gl;
	w64_f128 gh = __w64_lgammaq_pos(ax, &gl);
	w64_f128 e;
	w64_f128 h = w64_q_two_sum(lh, -gh, &e);
	e += ll - gl;
	return w64_q_fast_two_sum(h, e, lo);
}
