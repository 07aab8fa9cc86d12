#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64_cvt.h"

/* A digit string rounded to its first `keep` digits, half to even; the
 * dropped digits are s[keep..] (digits and one '.', which is skipped).
 * Returns the number of digits kept (keep + 1 when rounding carried). */
static int round_digits(char *s, int keep)
{
	int up = 0;
	const char *p = s + keep;
	if (*p > '5') {
		up = 1;
	} else if (*p == '5') {
		for (p++; *p != '\0' && (*p == '0' || *p == '.'); p++)
			;
		up = *p != '\0' || (s[keep - 1] - '0') % 2 == 1;
	}
	s[keep] = '\0';
	if (!up)
		return keep;
	int i = keep - 1;
	for (; i >= 0 && s[i] == '9'; i--)
		s[i] = '0';
	if (i >= 0) {
		s[i]++;
		return keep;
	}
	memmove(s + 1, s, (size_t)keep + 1);
	s[0] = '1';
	return keep + 1;
}

/*
 * x with n digits after the decimal point (at most 17), correctly
 * rounded, as a digit string without the point in a static buffer; *decpt
 * is the number of digits before the point (negative when the first
 * nonzero digit comes later), *sign whether x is negative.  As glibc
 * formats it: leading zeros dropped ("0.00123" to 5 places is "123" with
 * *decpt -2), "0" and *decpt 1 for a value that rounds to zero without
 * decimals; n < 0 rounds to 10^-n, but never past the value's first digit
 * (fcvt(15, -2) is "20"), and the places rounded away become zeros.
 * glibc divides by ten in floating point for that, which can misround;
 * here the rounding is done on printf's exact digits.
 */
char *fcvt(double x, int n, int *decpt, int *sign)
{
	/* DBL_MAX has 309 integer digits */
	static char buf[309 + W64_CVT_DIGITS + 2];
	char tmp[309 + 64];

	if (!isfinite(x)) {
		*sign = 0;
		*decpt = 0;
		snprintf(buf, sizeof buf, "%f", x);
		return buf;
	}
	*sign = signbit(x) != 0;
	double a = __builtin_fabs(x);
	if (n > W64_CVT_DIGITS)
		n = W64_CVT_DIGITS;
	int tens = 0;
	if (n < 0 && a >= 10) {
		int e = __w64_decimal_exponent(a);
		tens = -n < e ? -n : e;
	}
	if (tens > 0) {
		/* a >= 10 has at most 49 fraction bits: 52 decimals are exact. */
		snprintf(tmp, sizeof tmp, "%.52f", a);
		int digits = (int)(strchr(tmp, '.') - tmp);
		int kept = round_digits(tmp, digits - tens);
		memcpy(buf, tmp, (size_t)kept);
		memset(buf + kept, '0', (size_t)tens);
		buf[kept + tens] = '\0';
		*decpt = kept + tens;
		return buf;
	}
	snprintf(tmp, sizeof tmp, "%.*f", n < 0 ? 0 : n, a);
	char *point = strchr(tmp, '.');
	if (point == NULL) {
		strcpy(buf, tmp);
		*decpt = (int)strlen(tmp);
		return buf;
	}
	*decpt = (int)(point - tmp);
	const char *frac = point + 1;
	if (*decpt == 1 && tmp[0] == '0' && a != 0) {
		*decpt = 0;
		for (; *frac == '0'; frac++)
			--*decpt;
		strcpy(buf, frac);
	} else {
		memcpy(buf, tmp, (size_t)*decpt);
		strcpy(buf + *decpt, frac);
	}
	return buf;
}
