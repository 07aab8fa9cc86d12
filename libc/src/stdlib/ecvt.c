#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "w64_cvt.h"

/*
 * x's first n significant digits (at most 17), correctly rounded, in a
 * static buffer; *decpt is where the decimal point goes relative to
 * them, *sign whether x is negative.  Formatted as glibc formats them:
 * "000" with *decpt 1 for 0, an empty string with *decpt = E + 1 when
 * n <= 0, one digit more when rounding carries into a new power of ten
 * (99.96 to three digits: "1000", *decpt 3), and printf's "inf"/"nan"
 * with *decpt 0 and *sign 0 for the non-finite.  glibc scales x by
 * powers of ten in floating point first, which can misround; here the
 * digits are printf's, which are exact.
 */
char *ecvt(double x, int n, int *decpt, int *sign)
{
	static char buf[W64_CVT_DIGITS + 2];
	char tmp[W64_CVT_DIGITS + 16];

	if (!isfinite(x)) {
		*sign = 0;
		*decpt = n <= 0 ? 1 : 0;
		if (n <= 0)
			buf[0] = '\0';
		else
			snprintf(buf, sizeof buf, "%f", x);
		return buf;
	}
	*sign = signbit(x) != 0;
	int e = x == 0 ? 0 : __w64_decimal_exponent(x);
	if (n <= 0) {
		buf[0] = '\0';
		*decpt = e + 1;
		return buf;
	}
	if (n > W64_CVT_DIGITS)
		n = W64_CVT_DIGITS;
	snprintf(tmp, sizeof tmp, "%.*e", n - 1, __builtin_fabs(x));
	int k = 0;
	const char *p = tmp;
	for (; *p != 'e'; p++) {
		if (*p != '.')
			buf[k++] = *p;
	}
	int rounded_e = atoi(p + 1);
	if (rounded_e > e)
		buf[k++] = '0';
	buf[k] = '\0';
	*decpt = rounded_e + 1;
	return buf;
}
