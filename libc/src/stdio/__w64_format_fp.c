/*
 * printf's floating-point conversions, correctly rounded for any binary
 * format up to 113 bits of mantissa.
 *
 * Decimal (%f %e %g).  A finite value m × 2^e is, exactly,
 *
 *     N × 10^-k    with  k = max(0, -e),  N = m × 2^max(0, e) × 5^k
 *
 * because 2^-k = 5^k / 10^k.  N is an integer, held in base 10^9 limbs,
 * so its decimal digits are the exact decimal expansion of the value, k
 * of them after the point.  Rounding to the digits asked for happens on
 * N itself — drop the low digits, round half to even by looking at the
 * first dropped digit and whether any digit below it is non-zero — so
 * every printed digit is correctly rounded, whatever the precision
 * (%.4000f of 1e308 prints 309 exact digits and then zeros).  Building N
 * costs one multiply of a growing big number per 29 powers of two or 13
 * powers of five: a few limbs for everyday doubles, ~1300 limbs and about
 * a million limb steps for the smallest binary128 subnormal.
 *
 * Hexadecimal (%a) needs no arithmetic: the mantissa bits are printed as
 * they are, after a round half to even at the requested digit.
 */
#include <stdint.h>

#include "w64_format.h"

#define BIG_BASE 1000000000u
/*
 * The largest N: the smallest binary128 subnormal is m × 2^-16494 with
 * m < 2^112, so N < 2^112 × 5^16494 < 10^11563, 1285 limbs; the largest
 * finite binary128 value has 4933 digits.  Rounding may carry one digit
 * further.  (x87's 80-bit format needs fewer.)
 */
#define BIG_LIMBS 1288

struct big {
	int n;               /* limbs in use; 0 means N = 0 */
	uint32_t d[BIG_LIMBS]; /* little-endian base 10^9 */
};

static const uint32_t pow10[9] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
};

static void big_mul(struct big *b, uint32_t m)
{
	uint64_t carry = 0;

	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->d[i] * m + carry;
		b->d[i] = (uint32_t)(t % BIG_BASE);
		carry = t / BIG_BASE;
	}
	while (carry != 0) {
		if (b->n == BIG_LIMBS)
			__builtin_trap(); /* cannot happen: see BIG_LIMBS */
		b->d[b->n++] = (uint32_t)(carry % BIG_BASE);
		carry /= BIG_BASE;
	}
}

/* N = the 128-bit mantissa, by long division in 32-bit pieces. */
static void big_set(struct big *b, uint64_t hi, uint64_t lo)
{
	uint32_t w[4] = {(uint32_t)(hi >> 32), (uint32_t)hi, (uint32_t)(lo >> 32), (uint32_t)lo};

	b->n = 0;
	while ((w[0] | w[1] | w[2] | w[3]) != 0) {
		uint64_t rem = 0;
		for (int i = 0; i < 4; i++) {
			uint64_t cur = rem << 32 | w[i];
			w[i] = (uint32_t)(cur / BIG_BASE);
			rem = cur % BIG_BASE;
		}
		b->d[b->n++] = (uint32_t)rem;
	}
}

static void big_mul_pow2(struct big *b, long e)
{
	for (; e >= 29; e -= 29)
		big_mul(b, UINT32_C(1) << 29);
	if (e > 0)
		big_mul(b, UINT32_C(1) << e);
}

static void big_mul_pow5(struct big *b, long k)
{
	static const uint32_t pow5[13] = {
		1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
		9765625, 48828125, 244140625,
	};

	for (; k >= 13; k -= 13)
		big_mul(b, 1220703125u); /* 5^13, the largest power below 2^31 */
	if (k > 0)
		big_mul(b, pow5[k]);
}

static long big_ndigits(const struct big *b)
{
	if (b->n == 0)
		return 0;
	long d = 9L * (b->n - 1);
	for (uint32_t t = b->d[b->n - 1]; t != 0; t /= 10)
		d++;
	return d;
}

/* The digit of N at position p (0 = units); 0 outside N. */
static int big_digit(const struct big *b, long p)
{
	if (p < 0 || p >= 9L * b->n)
		return 0;
	return (int)(b->d[p / 9] / pow10[p % 9] % 10);
}

/* Drops the r >= 1 lowest digits of N, rounding half to even. */
static void big_round(struct big *b, long r)
{
	long ndig = big_ndigits(b);

	if (r > ndig) {
		/* The first dropped digit is a leading zero: below half. */
		b->n = 0;
		return;
	}
	long q = r - 1; /* the first dropped digit */
	int first = big_digit(b, q);
	int sticky = b->d[q / 9] % pow10[q % 9] != 0;
	for (long i = 0; i < q / 9 && !sticky; i++)
		sticky = b->d[i] != 0;
	int odd = big_digit(b, r) & 1;

	long li = r / 9;
	for (long i = 0; i < li && i < b->n; i++)
		b->d[i] = 0;
	if (li < b->n)
		b->d[li] -= b->d[li] % pow10[r % 9];

	if (first > 5 || (first == 5 && (sticky || odd))) {
		/* Add 10^r.  It lands in limb li, which may be one past the
		 * top when r is a multiple of 9 and all digits were dropped. */
		while (b->n <= li)
			b->d[b->n++] = 0;
		uint32_t add = pow10[r % 9];
		for (long i = li; add != 0; i++) {
			if (i == b->n) {
				if (b->n == BIG_LIMBS)
					__builtin_trap(); /* cannot happen: see BIG_LIMBS */
				b->d[b->n++] = 0;
			}
			uint32_t t = b->d[i] + add;
			add = t >= BIG_BASE;
			b->d[i] = add ? t - BIG_BASE : t;
		}
	}
	while (b->n > 0 && b->d[b->n - 1] == 0)
		b->n--;
}

/* Emits N's digits at positions hi down to lo; positions outside N are
 * zeros (leading zeros of a fraction, trailing zeros of a long %f). */
static int emit_digits(struct __w64_sink *s, const struct big *b, long hi, long lo)
{
	long top = 9L * b->n; /* positions >= top are zero */

	if (hi < lo)
		return 0;
	if (hi >= top) {
		long stop = lo > top ? lo : top;
		if (__w64_emit_fill(s, '0', (size_t)(hi - stop + 1)) != 0)
			return -1;
		hi = stop - 1;
	}
	char chunk[64];
	size_t used = 0;
	long low_real = lo > 0 ? lo : 0;
	for (long p = hi; p >= low_real; p--) {
		chunk[used++] = (char)('0' + big_digit(b, p));
		if (used == sizeof chunk) {
			if (__w64_emit(s, chunk, used) != 0)
				return -1;
			used = 0;
		}
	}
	if (__w64_emit(s, chunk, used) != 0)
		return -1;
	if (lo < 0 && hi >= lo) {
		long from = hi < -1 ? hi : -1;
		return __w64_emit_fill(s, '0', (size_t)(from - lo + 1));
	}
	return 0;
}

/*
 * Field padding around a conversion of `len` bytes: spaces before it
 * (right-justified), zeros between the sign/prefix and the digits ('0'
 * flag, when the conversion allows it), or spaces after it ('-').
 */
enum { PAD_BEFORE, PAD_ZEROS, PAD_AFTER };

static int pad(struct __w64_sink *s, const struct __w64_spec *sp, size_t len, int where,
	       int zero_ok)
{
	if ((size_t)sp->width <= len)
		return 0;
	size_t n = (size_t)sp->width - len;
	int left = (sp->flags & W64_FMT_MINUS) != 0;
	int zeros = !left && zero_ok && (sp->flags & W64_FMT_ZERO);

	switch (where) {
	case PAD_BEFORE:
		return !left && !zeros ? __w64_emit_fill(s, ' ', n) : 0;
	case PAD_ZEROS:
		return zeros ? __w64_emit_fill(s, '0', n) : 0;
	default:
		return left ? __w64_emit_fill(s, ' ', n) : 0;
	}
}

static int emit_char(struct __w64_sink *s, char c)
{
	return __w64_emit(s, &c, 1);
}

/* inf and nan: never zero-padded. */
static int put_special(struct __w64_sink *s, const struct __w64_spec *sp, char sign,
		       const char *text)
{
	size_t len = 3 + (sign != 0);

	if (pad(s, sp, len, PAD_BEFORE, 0) != 0 || (sign && emit_char(s, sign) != 0) ||
	    __w64_emit(s, text, 3) != 0)
		return -1;
	return pad(s, sp, len, PAD_AFTER, 0);
}

/* f style: N × 10^-k, already rounded to `prec` fraction digits. */
static int put_fixed(struct __w64_sink *s, const struct __w64_spec *sp, const struct big *b,
		     long k, long prec, char sign)
{
	long ndig = big_ndigits(b);
	long int_len = ndig > k ? ndig - k : 1;
	int dot = prec > 0 || (sp->flags & W64_FMT_ALT);
	size_t len = (size_t)(sign != 0) + (size_t)int_len + (size_t)dot + (size_t)prec;

	if (pad(s, sp, len, PAD_BEFORE, 1) != 0 || (sign && emit_char(s, sign) != 0) ||
	    pad(s, sp, len, PAD_ZEROS, 1) != 0)
		return -1;
	if (ndig > k ? emit_digits(s, b, ndig - 1, k) != 0 : emit_char(s, '0') != 0)
		return -1;
	if (dot && emit_char(s, '.') != 0)
		return -1;
	if (emit_digits(s, b, k - 1, k - prec) != 0)
		return -1;
	return pad(s, sp, len, PAD_AFTER, 1);
}

/* e style: N × 10^-k, already rounded to prec + 1 significant digits. */
static int put_exp(struct __w64_sink *s, const struct __w64_spec *sp, const struct big *b,
		   long k, long prec, char sign, int upper)
{
	long ndig = big_ndigits(b);
	long x = ndig > 0 ? ndig - 1 - k : 0;
	char exp_text[16];
	size_t exp_len = 0;
	unsigned long ax = x < 0 ? (unsigned long)-x : (unsigned long)x;

	char rev[12];
	int nrev = 0;
	do {
		rev[nrev++] = (char)('0' + ax % 10);
		ax /= 10;
	} while (ax != 0);
	if (nrev < 2)
		rev[nrev++] = '0';
	exp_text[exp_len++] = upper ? 'E' : 'e';
	exp_text[exp_len++] = x < 0 ? '-' : '+';
	while (nrev > 0)
		exp_text[exp_len++] = rev[--nrev];

	int dot = prec > 0 || (sp->flags & W64_FMT_ALT);
	size_t len = (size_t)(sign != 0) + 1 + (size_t)dot + (size_t)prec + exp_len;

	if (pad(s, sp, len, PAD_BEFORE, 1) != 0 || (sign && emit_char(s, sign) != 0) ||
	    pad(s, sp, len, PAD_ZEROS, 1) != 0)
		return -1;
	if (emit_char(s, (char)('0' + (ndig > 0 ? big_digit(b, ndig - 1) : 0))) != 0)
		return -1;
	if (dot && emit_char(s, '.') != 0)
		return -1;
	if (emit_digits(s, b, ndig - 2, ndig - 1 - prec) != 0)
		return -1;
	if (__w64_emit(s, exp_text, exp_len) != 0)
		return -1;
	return pad(s, sp, len, PAD_AFTER, 1);
}

static int format_decimal(struct __w64_sink *s, const struct __w64_fp *v,
			  const struct __w64_spec *sp, char sign, char conv, int upper)
{
	struct big b;
	long k = 0;
	long prec = sp->prec < 0 ? 6 : sp->prec;

	b.n = 0;
	if (v->kind == W64_FP_FINITE) {
		big_set(&b, v->mant_hi, v->mant_lo);
		if (v->exp >= 0) {
			big_mul_pow2(&b, v->exp);
		} else {
			k = -(long)v->exp;
			big_mul_pow5(&b, k);
		}
	}

	if (conv == 'f') {
		if (k > prec)
			big_round(&b, k - prec);
		return put_fixed(s, sp, &b, k, prec, sign);
	}
	if (conv == 'e') {
		long r = big_ndigits(&b) - (prec + 1);
		if (r > 0)
			big_round(&b, r);
		return put_exp(s, sp, &b, k, prec, sign, upper);
	}

	/* g: P significant digits; the style follows the exponent X that e
	 * style would print after rounding (C11 7.21.6.1p8). */
	long p = prec == 0 ? 1 : prec;
	long r = big_ndigits(&b) - p;
	if (r > 0)
		big_round(&b, r);
	long ndig = big_ndigits(&b);
	long x = ndig > 0 ? ndig - 1 - k : 0;
	int trim = !(sp->flags & W64_FMT_ALT);

	if (p > x && x >= -4) {
		long fprec = p - 1 - x;
		if (trim) {
			/* Positions below 0 (k - fprec < 0) are zeros. */
			if (fprec > k)
				fprec = k;
			while (fprec > 0 && big_digit(&b, k - fprec) == 0)
				fprec--;
		}
		return put_fixed(s, sp, &b, k, fprec, sign);
	}
	long eprec = p - 1;
	if (trim) {
		if (eprec > ndig - 1)
			eprec = ndig > 0 ? ndig - 1 : 0;
		while (eprec > 0 && big_digit(&b, ndig - 1 - eprec) == 0)
			eprec--;
	}
	return put_exp(s, sp, &b, k, eprec, sign, upper);
}

static int format_hex(struct __w64_sink *s, const struct __w64_fp *v, const struct __w64_spec *sp,
		      char sign, int upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned __int128 m = (unsigned __int128)v->mant_hi << 64 | v->mant_lo;
	/*
	 * The leading hex digit takes the bits that do not fill whole
	 * fraction digits: 1 bit for double and binary128 ("0x1.8p+0"), 4
	 * for x87's 64-bit mantissa ("0xcp-3"), as glibc prints them.
	 */
	int lead_bits = (v->mant_bits - 1) % 4 + 1;
	int frac_bits = v->mant_bits - lead_bits;
	long nfrac = frac_bits / 4;
	unsigned lead = (unsigned)(m >> frac_bits);
	unsigned __int128 frac = m & (((unsigned __int128)1 << frac_bits) - 1);
	long e = v->kind == W64_FP_ZERO ? 0 : (long)v->exp + frac_bits;
	long extra = 0;

	if (sp->prec >= 0 && sp->prec < nfrac) {
		int drop = 4 * (int)(nfrac - sp->prec);
		unsigned __int128 rem = frac & (((unsigned __int128)1 << drop) - 1);
		unsigned __int128 half = (unsigned __int128)1 << (drop - 1);
		frac >>= drop;
		int odd = sp->prec > 0 ? (int)(frac & 1) : (int)(lead & 1);
		if (rem > half || (rem == half && odd)) {
			frac++;
			if (sp->prec == 0 || (frac >> (4 * sp->prec)) != 0) {
				frac = 0;
				lead++;
			}
			/* x87's leading digit can pass 0xf: 0x10p-3 is 0x1p+1. */
			if (lead > 15) {
				lead >>= 4;
				e += 4;
			}
		}
		nfrac = sp->prec;
	} else if (sp->prec < 0) {
		/* Exact: as many digits as the value needs. */
		while (nfrac > 0 && (frac & 15) == 0) {
			frac >>= 4;
			nfrac--;
		}
	} else {
		extra = sp->prec - nfrac;
	}

	char text[64];
	size_t n = 0;
	text[n++] = digits[lead];
	if (nfrac > 0 || extra > 0 || (sp->flags & W64_FMT_ALT))
		text[n++] = '.';
	for (long i = nfrac - 1; i >= 0; i--)
		text[n++] = digits[(unsigned)(frac >> (4 * i)) & 15];

	char exp_text[16];
	size_t exp_len = 0;
	unsigned long ae = e < 0 ? (unsigned long)-e : (unsigned long)e;
	char rev[12];
	int nrev = 0;
	do {
		rev[nrev++] = (char)('0' + ae % 10);
		ae /= 10;
	} while (ae != 0);
	exp_text[exp_len++] = upper ? 'P' : 'p';
	exp_text[exp_len++] = e < 0 ? '-' : '+';
	while (nrev > 0)
		exp_text[exp_len++] = rev[--nrev];

	size_t len = (size_t)(sign != 0) + 2 + n + (size_t)extra + exp_len;
	if (pad(s, sp, len, PAD_BEFORE, 1) != 0 || (sign && emit_char(s, sign) != 0) ||
	    __w64_emit(s, upper ? "0X" : "0x", 2) != 0 || pad(s, sp, len, PAD_ZEROS, 1) != 0 ||
	    __w64_emit(s, text, n) != 0 || __w64_emit_fill(s, '0', (size_t)extra) != 0 ||
	    __w64_emit(s, exp_text, exp_len) != 0)
		return -1;
	return pad(s, sp, len, PAD_AFTER, 1);
}

int __w64_format_fp(struct __w64_sink *s, const struct __w64_fp *v, const struct __w64_spec *sp)
{
	char conv = sp->conv;
	int upper = conv >= 'A' && conv <= 'Z';
	if (upper)
		conv = (char)(conv - 'A' + 'a');
	char sign = v->neg ? '-' : (sp->flags & W64_FMT_PLUS) ? '+' : (sp->flags & W64_FMT_SPACE) ? ' ' : 0;

	if (v->kind == W64_FP_INF)
		return put_special(s, sp, sign, upper ? "INF" : "inf");
	if (v->kind == W64_FP_NAN)
		return put_special(s, sp, sign, upper ? "NAN" : "nan");
	if (conv == 'a')
		return format_hex(s, v, sp, sign, upper);
	return format_decimal(s, v, sp, sign, conv, upper);
}
