#include "w64_math.h"

/*
 * log(x + xlo) = k ln2 + log(c) + log1p(r): x = 2^k m with m in [0.75, 1.5),
 * c = 1 + j/128 the grid point nearest m (|m - c| <= 1/256, so m - c is
 * exact), r = (m - c + xlo/2^k)/c in double-double (|r| < 0.0053), and
 * log1p(r) = r - r^2/2 + r^3 (1/3 - r/4 + ... + r^6/9): the next term is
 * below 2^-70 r.  ln2 is split so that k × its first part (42 bits) is
 * exact; log(c) comes from the table as hi + lo.
 */
double __w64_log_dd(double x, double xlo, double *lo)
{
	static const double ln2_hi = 0x1.62e42fefa3800p-1, ln2_lo = 0x1.ef35793c76730p-45;
	static const double shifter = 0x1.8p52;
	uint64_t u = w64_bits(x);
	int k = 0;

	if (u >> 52 == 0) { /* subnormal */
		x *= 0x1p54;
		xlo *= 0x1p54;
		u = w64_bits(x);
		k = -54;
	}
	k += (int)(u >> 52) - 1023;
	uint64_t mu = (u & ((UINT64_C(1) << 52) - 1)) | UINT64_C(0x3ff0000000000000);
	if (mu >= UINT64_C(0x3ff8000000000000)) {
		mu -= UINT64_C(1) << 52;
		k++;
	}
	double m = w64_double(mu);
	double mlo = __w64_scale(xlo, -k);
	double jj = ((m - 1) * 128 + shifter) - shifter;
	int j = (int)jj;
	double c = 1 + jj / 128;

	double fl;
	double f = w64_two_sum(m - c, mlo, &fl);
	double r = f / c;
	double pe;
	double p = w64_two_prod(r, c, &pe);
	double rlo = ((f - p) - pe + fl) / c;
	r = w64_fast_two_sum(r, rlo, &rlo);

	double se;
	double s2 = w64_two_prod(r, r, &se);
	se += 2 * r * rlo;
	double t = r * s2 *
		   (1.0 / 3 + r * (-1.0 / 4 + r * (1.0 / 5 + r * (-1.0 / 6 + r * (1.0 / 7 + r * (-1.0 / 8 + r * (1.0 / 9)))))));
	double vl;
	double v = w64_two_sum(r, -s2 / 2, &vl);
	vl += rlo - se / 2 + t;

	double lc_hi = __w64_log_table[2 * (j + 32)], lc_lo = __w64_log_table[2 * (j + 32) + 1];
	double al;
	double a = w64_two_sum(k * ln2_hi, lc_hi, &al);
	double bl;
	double b = w64_two_sum(a, v, &bl);
	bl += al + vl + lc_lo + k * ln2_lo;
	return w64_fast_two_sum(b, bl, lo);
}
