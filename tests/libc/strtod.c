/* strtod, strtof, strtold, atof: values (bit for bit), end pointers,
 * errno; halfway cases written out in full; the %.17g round trip. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static uint64_t bits(double d)
{
	uint64_t u;
	memcpy(&u, &d, sizeof u);
	return u;
}

static uint32_t fbits(float f)
{
	uint32_t u;
	memcpy(&u, &f, sizeof u);
	return u;
}

/* strtod(s) has bit pattern `want`, ends `len` characters in, errno `err`. */
static int d_is(const char *s, uint64_t want, size_t len, int err)
{
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	return bits(d) == want && (size_t)(end - s) == len && errno == err;
}

static int f_is(const char *s, uint32_t want, size_t len, int err)
{
	char *end;
	errno = 0;
	float f = strtof(s, &end);
	return fbits(f) == want && (size_t)(end - s) == len && errno == err;
}

static uint64_t rng = 0x1234567;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static char big[20000];

int main(void)
{
	/* Ordinary values. */
	CHECK(d_is("0", 0, 1, 0));
	CHECK(d_is("-0", UINT64_C(0x8000000000000000), 2, 0));
	CHECK(d_is("1", UINT64_C(0x3ff0000000000000), 1, 0));
	CHECK(d_is("  \t\n+1.5e0xyz", UINT64_C(0x3ff8000000000000), 10, 0));
	CHECK(d_is("0.1", UINT64_C(0x3fb999999999999a), 3, 0));
	CHECK(d_is(".1", UINT64_C(0x3fb999999999999a), 2, 0));
	CHECK(d_is("1.", UINT64_C(0x3ff0000000000000), 2, 0));
	CHECK(d_is("1e23", UINT64_C(0x44b52d02c7e14af6), 4, 0));
	CHECK(d_is("9007199254740993", UINT64_C(0x4340000000000000), 16, 0));   /* tie: even */
	CHECK(d_is("9007199254740995", UINT64_C(0x4340000000000002), 16, 0));   /* tie: even */
	CHECK(d_is("9007199254740993.0000000000000000000000000000000000001", UINT64_C(0x4340000000000001), 54, 0));
	CHECK(d_is("1.7976931348623157e308", UINT64_C(0x7fefffffffffffff), 22, 0));
	CHECK(d_is("2.2250738585072014e-308", UINT64_C(0x0010000000000000), 23, 0));
	CHECK(d_is("4.9406564584124654e-324", 1, 23, ERANGE));
	CHECK(d_is("123456789012345678901234567890", UINT64_C(0x45f8ee90ff6c373e), 30, 0));

	/* Broken and partial forms: the longest valid prefix. */
	CHECK(d_is("", 0, 0, 0));
	CHECK(d_is("-", 0, 0, 0));
	CHECK(d_is(" .", 0, 0, 0));
	CHECK(d_is("e5", 0, 0, 0));
	CHECK(d_is("1e", UINT64_C(0x3ff0000000000000), 1, 0));
	CHECK(d_is("1e+", UINT64_C(0x3ff0000000000000), 1, 0));
	CHECK(d_is("1e-x", UINT64_C(0x3ff0000000000000), 1, 0));
	CHECK(d_is("0x", 0, 1, 0));
	CHECK(d_is("0xg", 0, 1, 0));
	CHECK(d_is("0x.", 0, 1, 0));
	CHECK(d_is("0x1p", UINT64_C(0x3ff0000000000000), 3, 0));

	/* Infinities and NaNs. */
	CHECK(d_is("inf", UINT64_C(0x7ff0000000000000), 3, 0));
	CHECK(d_is("-INFINITY", UINT64_C(0xfff0000000000000), 9, 0));
	CHECK(d_is("infinit", UINT64_C(0x7ff0000000000000), 3, 0));
	CHECK(d_is("nan", UINT64_C(0x7ff8000000000000), 3, 0));
	CHECK(d_is("-NaN", UINT64_C(0xfff8000000000000), 4, 0));
	CHECK(d_is("nan(123)", UINT64_C(0x7ff800000000007b), 8, 0));
	CHECK(d_is("nan(0x10)", UINT64_C(0x7ff8000000000010), 9, 0));
	CHECK(d_is("nan(abc)", UINT64_C(0x7ff8000000000000), 8, 0));
	CHECK(d_is("nan(1", UINT64_C(0x7ff8000000000000), 3, 0));
	CHECK(d_is("nan(1 2)", UINT64_C(0x7ff8000000000000), 3, 0));

	/* Hexadecimal. */
	CHECK(d_is("0x1.8p1", UINT64_C(0x4008000000000000), 7, 0));
	CHECK(d_is("-0X.8P-1", UINT64_C(0xbfd0000000000000), 8, 0));
	CHECK(d_is("0x1.fffffffffffff8p0", UINT64_C(0x4000000000000000), 20, 0));   /* tie: even (up) */
	CHECK(d_is("0x1.00000000000008p0", UINT64_C(0x3ff0000000000000), 20, 0));   /* tie: even (down) */
	CHECK(d_is("0x1.000000000000080000000000001p0", UINT64_C(0x3ff0000000000001), 33, 0));
	CHECK(d_is("0x1p-1074", 1, 9, 0));            /* exact subnormal: no ERANGE */
	CHECK(d_is("0x1p-1075", 0, 9, ERANGE));       /* tie with 0: even */
	CHECK(d_is("0x1.0000001p-1075", 1, 17, ERANGE));
	CHECK(d_is("0x1p1024", UINT64_C(0x7ff0000000000000), 8, ERANGE));
	CHECK(d_is("0x1.fffffffffffff7ffp1023", UINT64_C(0x7fefffffffffffff), 25, 0));

	/* Overflow and underflow. */
	CHECK(d_is("1e309", UINT64_C(0x7ff0000000000000), 5, ERANGE));
	CHECK(d_is("-1e99999999999999999999", UINT64_C(0xfff0000000000000), 23, ERANGE));
	CHECK(d_is("1e-400", 0, 6, ERANGE));
	CHECK(d_is("-1e-99999999999999999999", UINT64_C(0x8000000000000000), 24, ERANGE));
	CHECK(d_is("0e99999999999", 0, 13, 0));
	CHECK(d_is("1.7976931348623158e308", UINT64_C(0x7fefffffffffffff), 22, 0));
	CHECK(d_is("1.7976931348623159e308", UINT64_C(0x7ff0000000000000), 22, ERANGE));

	/* Halfway points written out exactly, then nudged.  printf's %Lf/%Le
	 * conversions are exact, and these midpoints fit a long double. */
	{
		/* 1 + 2^-53: between 1 and the next double; 55 digits. */
		size_t n = (size_t)snprintf(big, sizeof big, "%.53Lf", 1.0L + 0x1p-53L);
		CHECK(d_is(big, UINT64_C(0x3ff0000000000000), n, 0));
		big[n - 1]++; /* ...125 -> ...126: just above */
		CHECK(d_is(big, UINT64_C(0x3ff0000000000001), n, 0));
		big[n - 1] -= 2;
		CHECK(d_is(big, UINT64_C(0x3ff0000000000000), n, 0));
		big[n - 1]++;
		/* 800 more digits, zeros then a 1: just above. */
		memset(big + n, '0', 799);
		big[n + 799] = '1';
		big[n + 800] = '\0';
		CHECK(d_is(big, UINT64_C(0x3ff0000000000001), n + 800, 0));
		big[n + 799] = '0';
		CHECK(d_is(big, UINT64_C(0x3ff0000000000000), n + 800, 0));
	}
	{
		/* 2^-1075, half the least subnormal: 751 significant digits. */
		size_t n = (size_t)snprintf(big, sizeof big, "%.760Le", 0x1p-1075L);
		CHECK(n > 760 && d_is(big, 0, n, ERANGE));
		/* 5 × 2^-1075, between the second and third subnormal: even
		 * is 2 × 2^-1074. */
		n = (size_t)snprintf(big, sizeof big, "%.760Le", 0x5p-1075L);
		CHECK(d_is(big, 2, n, ERANGE));
		/* The same digits, then 40 zeros and a 1: above, so 3. */
		char tail[16];
		char *e = strchr(big, 'e');
		snprintf(tail, sizeof tail, "%s", e);
		while (e[-1] == '0')
			e--;
		memset(e, '0', 40);
		strcpy(e + 40, "1");
		strcat(big, tail);
		CHECK(d_is(big, 3, strlen(big), ERANGE));
	}
	{
		/* DBL_MAX + half an ulp: a tie between DBL_MAX and 2^1024, whose
		 * even side is infinity. */
		size_t n = (size_t)snprintf(big, sizeof big, "%.0Lf", 0x1p1024L - 0x1p970L);
		CHECK(n == 309 && d_is(big, UINT64_C(0x7ff0000000000000), n, ERANGE));
		big[n - 1]--;
		CHECK(d_is(big, UINT64_C(0x7fefffffffffffff), n, 0));
	}
	{
		/* A million digits: 0.5 followed by zeros and a final 1. */
		static char huge[1000010];
		huge[0] = '0';
		huge[1] = '.';
		huge[2] = '5';
		memset(huge + 3, '0', 1000000);
		huge[1000003] = '1';
		huge[1000004] = '\0';
		CHECK(d_is(huge, UINT64_C(0x3fe0000000000000), 1000004, 0));
		CHECK(f_is(huge, 0x3f000000, 1000004, 0));
	}

	/* float: its own rounding, never through double. */
	CHECK(f_is("0.1", 0x3dcccccd, 3, 0));
	CHECK(f_is("16777217", 0x4b800000, 8, 0));             /* tie: even */
	CHECK(f_is("16777217.000000001", 0x4b800001, 18, 0));
	/* 1 + 2^-24 + 2^-60: a double rounding (to double, then to float) gives
	 * the tie 1 + 2^-24 and then 1; correct is up. */
	CHECK(f_is("1.000000059604644776154", 0x3f800001, 23, 0));
	CHECK(f_is("3.4028235e38", 0x7f7fffff, 12, 0));
	CHECK(f_is("3.4028236e38", 0x7f800000, 12, ERANGE));
	CHECK(f_is("1e-46", 0, 5, ERANGE));
	CHECK(f_is("0x1p-149", 1, 8, 0));
	CHECK(f_is("nan(0x1234)", 0x7fc01234, 11, 0));
	CHECK(f_is("-inf", 0xff800000, 4, 0));

	/* long double: binary128 on wasm64 (x87 in the native test build). */
	{
		char *end;
		errno = 0;
		long double l = strtold("0.1", &end);
		CHECK(*end == '\0' && errno == 0);
		CHECK(l == 0.1L);
#if LDBL_MANT_DIG == 113
		CHECK(l != (long double)0.1);
		CHECK(strtold("1.18973149535723176508575932662800702e4932", NULL) == LDBL_MAX);
		CHECK(strtold("0x1p-16494", NULL) == LDBL_TRUE_MIN);
		CHECK(strtold("1.18973149535723176508575932662800703e4932", NULL) == LDBL_MAX);
		errno = 0;
		CHECK(strtold("1.2e4932", NULL) == HUGE_VALL && errno == ERANGE);
		CHECK(strtold("0x1.ffffffffffffffffffffffffffff8p0", NULL) == 2.0L);
#endif
		CHECK(strtold("-inf", NULL) == -HUGE_VALL);
		CHECK(isnan(strtold("nan", NULL)));
	}

	CHECK(atof("  -2.5e-3z") == -2.5e-3);
	CHECK(bits(atof("x")) == 0);

	/* printf's %.17g and strtod give back every double: random bit
	 * patterns, subnormals among them. */
	{
		int bad = 0;
		for (int i = 0; i < 20000; i++) {
			uint64_t u = rnd();
			if (i % 4 == 0)
				u &= UINT64_C(0x800fffffffffffff);
			double d;
			memcpy(&d, &u, sizeof d);
			if (isnan(d))
				continue;
			char buf[40];
			snprintf(buf, sizeof buf, "%.17g", d);
			if (bits(strtod(buf, NULL)) != u)
				bad++;
			/* float through %.9g */
			float f = (float)d;
			snprintf(buf, sizeof buf, "%.9g", (double)f);
			if (fbits(strtof(buf, NULL)) != fbits(f))
				bad++;
		}
		CHECK(bad == 0);
	}
	return check_summary();
}
