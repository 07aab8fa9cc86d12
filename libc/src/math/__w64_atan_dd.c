#include "w64_math.h"

/*
 * atan(x + xlo), x >= 0.  Above 1, pi/2 - atan(1/x).  On [0, 1]:
 * atan(x) = atan(c) + atan(u) with c = j/64 the nearest grid point and
 * u = (x - c)/(1 + x c) in double-double (|u| <= 1/128); atan(u) is its
 * Taylor series to u^11 (the next term is below 2^-80 u); atan(c) is in
 * the table as hi + lo.
 */
double __w64_atan_dd(double x, double xlo, double *lo)
{
	static const double pio2_hi = 0x1.921fb54442d18p+0, pio2_lo = 0x1.1a62633145c07p-54;
	static const double shifter = 0x1.8p52;

	if (x > 1) {
		if (x > 0x1p60)
			return w64_fast_two_sum(pio2_hi, pio2_lo - 1 / x, lo);
		double il;
		double ih = w64_dd_div(1, 0, x, xlo, &il);
		double al;
		double ah = __w64_atan_dd(ih, il, &al);
		return w64_dd_add(pio2_hi, pio2_lo, -ah, -al, lo);
	}
	double jj = (x * 64 + shifter) - shifter;
	int j = (int)jj;
	double c = jj / 64;
	double nl;
	double nh = w64_two_sum(x - c, xlo, &nl);
	double pe;
	double pc = w64_two_prod(x, c, &pe);
	double dl;
	double dh = w64_two_sum(1, pc, &dl);
	dl += pe + xlo * c;
	double ul;
	double u = w64_dd_div(nh, nl, dh, dl, &ul);
	double u2 = u * u;
	double t = u * u2 * (-1.0 / 3 + u2 * (1.0 / 5 + u2 * (-1.0 / 7 + u2 * (1.0 / 9 + u2 * (-1.0 / 11)))));
	double al;
	double a = w64_two_sum(__w64_atan_table[2 * j], u, &al);
	al += __w64_atan_table[2 * j + 1] + ul + t;
	return w64_fast_two_sum(a, al, lo);
}
