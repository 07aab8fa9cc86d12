#include "w64_math.h"

/*
 * exp(x + xlo) = 2^k × 2^(j/128) × e^r, where n = round(x × 128/ln2),
 * j = n mod 128, k = (n - j)/128 and r = x + xlo - n ln2/128, |r| <= ln2/256
 * (plus rounding).  ln2/128 is split in three: n × the first part (32
 * bits) is exact for |n| < 2^21, and the sum has 150 bits.  e^r - 1 is
 * its Taylor polynomial to r^6 (the next term is below 2^-70 relative);
 * 2^(j/128) comes from the table as hi + lo.
 */
double __w64_exp_core(double x, double xlo, int *k, double *lo)
{
	static const double inv_ln2_n = 0x1.71547652b82fep+7; /* 128/ln2 */
	static const double ln2_n_1 = 0x1.62e42fee00000p-8;
	static const double ln2_n_2 = 0x1.a39ef35793c76p-40;
	static const double ln2_n_3 = 0x1.cc01f97b57a08p-94;
	static const double shifter = 0x1.8p52;

	double kn = (x * inv_ln2_n + shifter) - shifter;
	int n = (int)kn;
	double e;
	/* x - kn ln2_n_1 is exact (kn × ln2_n_1 is, and the two are close). */
	double r = w64_two_sum(x - kn * ln2_n_1, -kn * ln2_n_2, &e);
	double rlo = e + (xlo - kn * ln2_n_3);
	r = w64_fast_two_sum(r, rlo, &rlo);

	/* e^r - 1 = r + r^2 (1/2 + r/6 + r^2/24 + r^3/120 + r^4/720) */
	double q = 1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720))));
	double p_lo = rlo + r * r * q;

	int j = n & (W64_EXP_N - 1);
	*k = (n - j) / W64_EXP_N;
	double t_hi = __w64_exp2_table[2 * j], t_lo = __w64_exp2_table[2 * j + 1];
	/* T (1 + r + p_lo) = T_hi + (T_lo + T_hi r + (T_lo r + T p_lo)), with
	 * the rounding error of T_hi r, the largest term, kept. */
	double pe;
	double ph = w64_two_prod(t_hi, r, &pe);
	double lo_part = t_lo + ph + (pe + t_lo * r + (t_hi + t_lo) * p_lo);
	return w64_fast_two_sum(t_hi, lo_part, lo);
}

/*
 * e^(x + xlo) - 1.  For |x| < 0.3 its Taylor series to x^15 (the next
 * term is below 2^-70 relative), with x + x^2/2 in double-double; above,
 * e^x from the core, minus 1 in double-double.
 */
double __w64_expm1_dd(double x, double xlo, double *lo)
{
	if (__builtin_fabs(x) < 0.3) {
		double e;
		double x2 = w64_two_prod(x, x, &e);
		/* x^3 (1/6 + x/24 + ... + x^12/15!) */
		double t = 1.0 / 6 + x * (1.0 / 24 + x * (1.0 / 120 + x * (1.0 / 720 + x * (1.0 / 5040 +
			   x * (1.0 / 40320 + x * (1.0 / 362880 + x * (1.0 / 3628800 + x * (1.0 / 39916800 +
			   x * (1.0 / 479001600 + x * (1.0 / 6227020800.0 + x * (1.0 / 87178291200.0 +
			   x * (1.0 / 1307674368000.0))))))))))));
		double s_lo;
		double s = w64_two_sum(x, x2 / 2, &s_lo);
		/* xlo (1 + x): the derivative of e^x - 1 at x */
		s_lo += e / 2 + x2 * x * t + xlo * (1 + x);
		return w64_fast_two_sum(s, s_lo, lo);
	}
	int k;
	double elo;
	double eh = __w64_exp_core(x, xlo, &k, &elo);
	if (k > 1023) {
		*lo = 0;
		return __w64_scale(eh, k);
	}
	eh = __w64_scale(eh, k);
	elo = __w64_scale(elo, k);
	double e;
	double s = w64_two_sum(eh, -1.0, &e);
	return w64_fast_two_sum(s, e + elo, lo);
}
