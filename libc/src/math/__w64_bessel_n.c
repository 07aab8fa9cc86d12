/*
 * Jn and Yn for n >= 2 from J0, J1, Y0 and Y1 (__w64_bessel.c) by the
 * three-term recurrence f(k+1) = (2k/x) f(k) - f(k-1), in double-double:
 *
 *   - Yn: upwards, where Y grows (always stable);
 *   - Jn with x >= n: upwards too (J oscillates below k = x);
 *   - Jn with x < n: downwards from a start N far enough above n that
 *     the decaying solution dominates (Miller's algorithm), then scaled
 *     by J0(x) or J1(x), whichever is larger.
 */
#include "w64_math.h"

/* (2k/x) (fh + fl) - (gh + gl) */
static double step(double k, double x, double fh, double fl, double gh, double gl, double *lo)
{
	double l, h;
	if (x < 0x1p900) {
		h = w64_dd_mul(fh, fl, 2 * k, 0, &l);
		h = w64_dd_div(h, l, x, 0, &l);
	} else { /* the term is below 2^-800 of the other: 2k/x rounded will do */
		h = w64_dd_mul(fh, fl, 2 * k / x, 0, &l);
	}
	return w64_dd_add(h, l, -gh, -gl, lo);
}

double __w64_besselyn(long n, double x, double *lo)
{
	double al, a = __w64_bessel01(1, 0, x, &al);
	double bl, b = __w64_bessel01(1, 1, x, &bl);
	if (__builtin_isinf(b)) { /* Y1 overflowed already */
		*lo = 0;
		return b;
	}
	/* |Yn| >= |Y2| ~ 4/(pi x^2) for such x: past DBL_MAX. */
	if (x < 0x1p-520) {
		*lo = 0;
		return -__builtin_inf();
	}
	/* Scaled down to about 1 whenever past 2^300, so that the products
	 * (2k/x < 2^521 k) stay below the 2^996 that double-double
	 * operations allow; the result is 2^scale times what is left. */
	long scale = 0;
	for (long k = 1; k < n; k++) {
		if (__builtin_fabs(b) > 0x1p300) {
			int e = (int)(w64_bits(b) >> 52 & 0x7ff) - 1023;
			double s = w64_pow2(-e);
			a *= s, al *= s;
			b *= s, bl *= s;
			scale += e;
			if (scale > 2000) /* Y only grows from here on: it overflows */
				break;
		}
		double cl, c = step(k, x, b, bl, a, al, &cl);
		a = b, al = bl;
		b = c, bl = cl;
	}
	*lo = __w64_scale(bl, scale);
	double r = __w64_scale(b, scale);
	if (__builtin_isinf(r))
		*lo = 0;
	return r;
}

/* log2 of the size of J_k(x) for k well above x: (x/2)^k / k!, which
 * is (e x / 2k)^k / sqrt(2 pi k) by Stirling. */
static double log2_size(double k, double x)
{
	return k * __builtin_log2(2.718281828459045 * x / (2 * k)) - 0.5 * __builtin_log2(6.283185307179586 * k);
}

double __w64_besseljn(long n, double x, double *lo)
{
	if (x >= n) {
		double al, a = __w64_bessel01(0, 0, x, &al);
		double bl, b = __w64_bessel01(0, 1, x, &bl);
		for (long k = 1; k < n; k++) {
			double cl, c = step(k, x, b, bl, a, al, &cl);
			a = b, al = bl;
			b = c, bl = cl;
		}
		*lo = bl;
		return b;
	}
	/* Below half the smallest subnormal (with a margin for Stirling): 0.
	 * This also bounds 2k/x (below about 2^545), so one step cannot
	 * overflow from 2^400. */
	if (log2_size(n, x) < -1080) {
		*lo = 0;
		return 0;
	}
	/* Start N: the error of the downward recurrence at n is about
	 * (J_N Y_n) / (Y_N J_n), i.e. 2^(2 log2_size(N) - 2 log2_size(n)). */
	double target = 2 * log2_size(n, x) - 120;
	long N = n + 8;
	while (2 * log2_size((double)N, x) > target)
		N += 8 + N / 16;
	double ah = 0, al = 0;        /* f(k+1) */
	double bh = 0x1p-600, bl = 0; /* f(k) */
	double nh = 0, nl = 0;        /* f(n), scaled down by 2^rescaled since */
	long rescaled = 0;
	for (long k = N; k > 0; k--) {
		double cl, c = step((double)k, x, bh, bl, ah, al, &cl);
		ah = bh, al = bl;
		bh = c, bl = cl; /* f(k-1) */
		if (__builtin_fabs(bh) > 0x1p400) {
			/* back to about 1: one step grows by 2k/x < 2^545 */
			int e = (int)(w64_bits(bh) >> 52 & 0x7ff) - 1023;
			double s = w64_pow2(-e);
			ah *= s, al *= s;
			bh *= s, bl *= s;
			rescaled += e;
		}
		if (k - 1 == n) {
			nh = bh, nl = bl;
			rescaled = 0;
		}
	}
	/* f(0) in b, f(1) in a: scale by the larger of J0 and J1 */
	double jl, j = __w64_bessel01(0, 0, x, &jl), kl, kk = __w64_bessel01(0, 1, x, &kl);
	double fh = bh, fl = bl;
	if (__builtin_fabs(kk) > __builtin_fabs(j)) {
		j = kk, jl = kl;
		fh = ah, fl = al;
	}
	double rl, r = w64_dd_div(nh, nl, fh, fl, &rl);
	r = w64_dd_mul(r, rl, j, jl, &rl);
	*lo = __w64_scale(rl, -rescaled);
	return __w64_scale(r, -rescaled);
}
