/*
 * strtod's engine: decimal and hexadecimal strings to any binary format
 * up to 113 mantissa bits, correctly rounded (to nearest, ties to even)
 * for every input, however many digits it has.
 *
 * Hexadecimal input is exact arithmetic: up to 128 bits of mantissa are
 * kept, the rest folded into a sticky bit, and rounded once.
 *
 * Decimal input is D × 10^E for an integer D of n significant digits.
 *
 * 1. Approximation.  w = the first 38 digits (at most; 10^38 < 2^128)
 *    times 10^E' is computed in 128-bit binary floating point: w times
 *    10^(±2^i) from a table for each set bit i of |E'|, every product
 *    truncated to 128 bits.  Each table entry is within half a unit of
 *    its last place (ulp) and each product within one ulp, so relative
 *    errors add up to at most (number of steps) × 2^-127: the true value
 *    lies in [A - err, A + err] with err = 2 × steps + 2 ulps of A (plus
 *    up to 36 ulps more when digits were cut off: 1/w <= 10^-37).  When
 *    every step was exact (small non-negative E), err is 0.
 * 2. Rounding both ends of the interval.  Rounding is monotonic, so when
 *    both ends round to the same number, so does the value.  Always the
 *    case when the decimal fits exactly; otherwise all but about
 *    2^(prec-120) of inputs (for double, 1 in 2^67 of random strings —
 *    but inputs built to sit near a halfway point land here on purpose).
 * 3. Exact comparison.  Otherwise the ends round to neighbours r < r',
 *    and the value is compared with their midpoint h = (2m+1) × 2^(e-1)
 *    in big integers: D × 5^E × 2^E against (2m+1) × 2^(e-1) (E >= 0),
 *    or D × 2^E against (2m+1) × 5^-E × 2^(e-1) (E < 0), after taking
 *    out the common power of two; bit lengths decide most comparisons
 *    without shifting.  Equal means a tie: the even one of r and r'.
 *
 * Only the first `cap` significant digits enter D (cap depends on the
 * format: 770 for double, 11,571 for binary128); any further non-zero
 * digit only makes the value larger than that D.  A midpoint has at most
 * cap - 2 significant digits (a halfway point (2m+1) × 2^-q has the
 * digits of (2m+1) × 5^q), so it lies on the grid of the digits kept, and
 * "D equals h, and more digits follow" means "above h": 800-digit strings
 * that sit on a halfway point up to their last digit round correctly,
 * and so does a million-digit one.
 *
 * errno: overflow gives ±inf with ERANGE.  A result that is tiny after
 * rounding (below the least normal number when rounded to prec bits with
 * an unbounded exponent) and inexact sets ERANGE, as glibc does on
 * x86_64; an exactly representable subnormal does not.
 */
#include <stddef.h>
#include <stdint.h>

#include "w64_strtod.h"

#define U128_MAX (~(w64_u128)0)

/* --- parsing helpers ------------------------------------------------------- */

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether s starts with `word` (lower case), ignoring case. */
static int starts_with(const char *s, const char *word)
{
	for (; *word != '\0'; s++, word++)
		if (lower((unsigned char)*s) != *word)
			return 0;
	return 1;
}

/*
 * An exponent after 'e' or 'p': optional sign, at least one digit.  The
 * magnitude saturates far beyond any format's range.  Returns the number
 * of characters taken, 0 when there is no valid exponent.
 */
static size_t parse_exponent(const char *s, int64_t *exp)
{
	const char *p = s + 1;
	int neg = 0;
	int64_t v = 0;

	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (!is_digit((unsigned char)*p))
		return 0;
	for (; is_digit((unsigned char)*p); p++)
		if (v < INT64_C(1000000000000))
			v = v * 10 + (*p - '0');
	*exp = neg ? -v : v;
	return (size_t)(p - s);
}

/*
 * glibc's NaN payload: the n-char-sequence [s, e) must be one whole
 * number as strtoull reads it in base 0 (decimal, 0 octal or 0x hex),
 * saturating at ULLONG_MAX.
 */
static int parse_payload(const char *s, const char *e, unsigned long long *out)
{
	unsigned base = 10;
	unsigned long long v = 0;
	int over = 0;

	if (s == e) {
		*out = 0; /* strtoull("") consumes nothing, which is all of it */
		return 1;
	}
	if (s[0] == '0' && e - s >= 3 && lower((unsigned char)s[1]) == 'x' && hex_value((unsigned char)s[2]) >= 0) {
		base = 16;
		s += 2;
	} else if (s[0] == '0') {
		base = 8;
	}
	for (; s < e; s++) {
		int d = hex_value((unsigned char)*s);
		if (d < 0 || (unsigned)d >= base)
			return 0;
		if (v > (~0ULL - (unsigned)d) / base)
			over = 1;
		v = v * base + (unsigned)d;
	}
	*out = over ? ~0ULL : v;
	return 1;
}

/* --- rounding ------------------------------------------------------------- */

/* A rounded result: m × 2^e in canonical form (see struct __w64_fpval), or
 * infinity. */
struct rounded {
	w64_u128 m;
	int64_t e;
	int inf;
	int inexact;
};

static int bit_length(w64_u128 x)
{
	uint64_t hi = (uint64_t)(x >> 64);
	if (hi != 0)
		return 128 - __builtin_clzll(hi);
	uint64_t lo = (uint64_t)x;
	return lo == 0 ? 0 : 64 - __builtin_clzll(lo);
}

static int64_t least_exp(const struct __w64_fpfmt *f)
{
	return (int64_t)f->emin - f->prec + 1;
}

static int64_t greatest_exp(const struct __w64_fpfmt *f)
{
	return (int64_t)f->emax - f->prec + 1;
}

/*
 * Rounds (M + sticky) × 2^F, M != 0, to the format: `sticky` says that
 * something non-zero lies below M's last bit (only ever when M has more
 * bits than the format keeps).  `bounded` 0 rounds to prec bits with an
 * unbounded exponent (for the tininess test).
 */
static struct rounded round_to(w64_u128 M, int64_t F, int sticky, const struct __w64_fpfmt *f, int bounded)
{
	struct rounded r = {0, 0, 0, 0};
	int len = bit_length(M);
	int64_t e = F + len - f->prec;

	if (bounded && e < least_exp(f))
		e = least_exp(f);
	if (e <= F) {
		r.m = M << (F - e);
		r.e = e;
		r.inexact = sticky;
	} else {
		int64_t sh = e - F;
		int half;
		int rest;
		if (sh >= 129) {
			r.m = 0;
			half = 0;
			rest = 1;
		} else if (sh == 128) {
			r.m = 0;
			half = (int)(M >> 127);
			rest = (M << 1) != 0 || sticky;
		} else {
			r.m = M >> sh;
			half = (int)(M >> (sh - 1)) & 1;
			rest = (M & (((w64_u128)1 << (sh - 1)) - 1)) != 0 || sticky;
		}
		r.e = e;
		r.inexact = half || rest;
		if (half && (rest || (r.m & 1))) {
			r.m++;
			if (r.m == (w64_u128)1 << f->prec) {
				r.m >>= 1;
				r.e++;
			}
		}
	}
	if (bounded) {
		if (r.m == 0)
			r.e = least_exp(f);
		if (r.e > greatest_exp(f)) {
			r.inf = 1;
			r.inexact = 1;
		}
	}
	return r;
}

static int same(const struct rounded *a, const struct rounded *b)
{
	return a->inf == b->inf && (a->inf || (a->m == b->m && a->e == b->e));
}

/* The next representable number above r (finite). */
static struct rounded next_up(struct rounded r, const struct __w64_fpfmt *f)
{
	r.m++;
	if (r.m == (w64_u128)1 << f->prec) {
		r.m >>= 1;
		r.e++;
		if (r.e > greatest_exp(f))
			r.inf = 1;
	}
	return r;
}

/* --- big integers for the exact comparison ---------------------------------- */

/*
 * Capacity: the largest number compared is about D (cap digits, 38,400
 * bits for binary128) or (2m+1) × 5^-E, with -E up to cap + 4,966 digits
 * for the least binary128 subnormal: 5^16,540 has 38,404 bits.  Both fit
 * in 41,600 bits.
 */
#define BIG_LIMBS 1300

struct big {
	int n; /* limbs in use, no leading zero limb; 0 is zero */
	uint32_t d[BIG_LIMBS];
};

static void big_grow(struct big *b, uint32_t carry)
{
	if (carry == 0)
		return;
	if (b->n == BIG_LIMBS)
		__builtin_trap(); /* cannot happen: see BIG_LIMBS */
	b->d[b->n++] = carry;
}

static void big_mul_add(struct big *b, uint32_t mul, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->d[i] * mul + carry;
		b->d[i] = (uint32_t)t;
		carry = t >> 32;
	}
	big_grow(b, (uint32_t)carry);
}

static void big_set_u128(struct big *b, w64_u128 v)
{
	b->n = 0;
	for (; v != 0; v >>= 32)
		b->d[b->n++] = (uint32_t)v;
}

static void big_mul_pow5(struct big *b, int64_t k)
{
	static const uint32_t pow5[14] = {
		1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125,
		9765625, 48828125, 244140625, 1220703125,
	};
	for (; k >= 13; k -= 13)
		big_mul_add(b, pow5[13], 0);
	if (k > 0)
		big_mul_add(b, pow5[k], 0);
}

static int64_t big_bits(const struct big *b)
{
	if (b->n == 0)
		return 0;
	return 32 * (int64_t)(b->n - 1) + 32 - __builtin_clz(b->d[b->n - 1]);
}

static void big_shl(struct big *b, int64_t k)
{
	if (b->n == 0 || k == 0)
		return;
	int64_t words = k / 32;
	int bits = (int)(k % 32);
	if (b->n + words + 1 > BIG_LIMBS)
		__builtin_trap(); /* cannot happen: callers shift only to equal lengths */
	b->d[b->n + words] = 0;
	for (int64_t i = b->n - 1; i >= 0; i--) {
		uint64_t t = (uint64_t)b->d[i] << bits;
		b->d[i + words + 1] |= (uint32_t)(t >> 32);
		b->d[i + words] = (uint32_t)t;
	}
	for (int64_t i = 0; i < words; i++)
		b->d[i] = 0;
	b->n += (int)words + 1;
	while (b->n > 0 && b->d[b->n - 1] == 0)
		b->n--;
}

static int big_cmp(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return 0;
}

/* --- the decimal number --------------------------------------------------- */

struct decimal {
	const char *first; /* the first significant digit; '.' may follow later */
	int64_t n;         /* significant digits, the last one non-zero */
	int64_t exp;       /* value = digits × 10^exp */
	int64_t cap;       /* how many digits the exact comparison uses */
	struct big d;      /* D: the first min(n, cap) digits, built on first use */
	int d_built;
};

/* D (the first min(n, cap) digits) and its exponent. */
static void decimal_build(struct decimal *x)
{
	int64_t used = x->n < x->cap ? x->n : x->cap;
	const char *p = x->first;
	x->d.n = 0;
	for (int64_t i = 0; i < used;) {
		uint32_t chunk = 0, scale = 1;
		for (int k = 0; k < 9 && i < used; p++) {
			if (*p == '.')
				continue;
			chunk = chunk * 10 + (uint32_t)(*p - '0');
			scale *= 10;
			k++;
			i++;
		}
		big_mul_add(&x->d, scale, chunk);
	}
	x->d_built = 1;
}

/* The sign of value - M × 2^F, exactly. */
static int decimal_cmp(struct decimal *x, w64_u128 M, int64_t F)
{
	struct big a, b;
	int64_t used = x->n < x->cap ? x->n : x->cap;
	int64_t e10 = x->exp + (x->n - used);
	int64_t ea, eb; /* a × 2^ea  against  b × 2^eb */

	if (!x->d_built)
		decimal_build(x);
	a = x->d;
	big_set_u128(&b, M);
	if (e10 >= 0) {
		big_mul_pow5(&a, e10);
		ea = e10;
	} else {
		big_mul_pow5(&b, -e10);
		ea = e10;
	}
	eb = F;
	int64_t la = big_bits(&a) + ea, lb = big_bits(&b) + eb;
	int c;
	if (la != lb) {
		c = la < lb ? -1 : 1;
	} else {
		if (ea > eb)
			big_shl(&a, ea - eb);
		else
			big_shl(&b, eb - ea);
		c = big_cmp(&a, &b);
	}
	/* Digits beyond the cap are non-zero (the last digit is): more. */
	if (c == 0 && x->n > used)
		c = 1;
	return c;
}

/* --- the approximation ------------------------------------------------------ */

/* A 128-bit binary floating-point number m × 2^e, m >= 2^127. */
struct xf {
	w64_u128 m;
	int64_t e;
};

/* 10^(2^i) and 10^-(2^i), i = 0..12, rounded to 128 bits: computed with
 * exact integer arithmetic (round(10^k × 2^-e) for the e that puts the
 * result in [2^127, 2^128)); `exact` marks the ones with no rounding. */
static const struct pow10_entry {
	uint64_t hi, lo;
	int e;
	int exact;
} pow10_table[2][13] = {
	{
		{UINT64_C(0xa000000000000000), UINT64_C(0x0000000000000000), -124, 1}, /* 10^1 */
		{UINT64_C(0xc800000000000000), UINT64_C(0x0000000000000000), -121, 1}, /* 10^2 */
		{UINT64_C(0x9c40000000000000), UINT64_C(0x0000000000000000), -114, 1}, /* 10^4 */
		{UINT64_C(0xbebc200000000000), UINT64_C(0x0000000000000000), -101, 1}, /* 10^8 */
		{UINT64_C(0x8e1bc9bf04000000), UINT64_C(0x0000000000000000), -74, 1}, /* 10^16 */
		{UINT64_C(0x9dc5ada82b70b59d), UINT64_C(0xf020000000000000), -21, 1}, /* 10^32 */
		{UINT64_C(0xc2781f49ffcfa6d5), UINT64_C(0x3cbf6b71c76b25fb), 85, 0}, /* 10^64 */
		{UINT64_C(0x93ba47c980e98cdf), UINT64_C(0xc66f336c36b10137), 298, 0}, /* 10^128 */
		{UINT64_C(0xaa7eebfb9df9de8d), UINT64_C(0xddbb901b98feeab8), 723, 0}, /* 10^256 */
		{UINT64_C(0xe319a0aea60e91c6), UINT64_C(0xcc655c54bc5058f9), 1573, 0}, /* 10^512 */
		{UINT64_C(0xc976758681750c17), UINT64_C(0x650d3d28f18b50ce), 3274, 0}, /* 10^1024 */
		{UINT64_C(0x9e8b3b5dc53d5de4), UINT64_C(0xa74d28ce329ace52), 6676, 0}, /* 10^2048 */
		{UINT64_C(0xc46052028a20979a), UINT64_C(0xc94c153f804a4a92), 13479, 0}, /* 10^4096 */
	},
	{
		{UINT64_C(0xcccccccccccccccc), UINT64_C(0xcccccccccccccccd), -131, 0}, /* 10^-1 */
		{UINT64_C(0xa3d70a3d70a3d70a), UINT64_C(0x3d70a3d70a3d70a4), -134, 0}, /* 10^-2 */
		{UINT64_C(0xd1b71758e219652b), UINT64_C(0xd3c36113404ea4a9), -141, 0}, /* 10^-4 */
		{UINT64_C(0xabcc77118461cefc), UINT64_C(0xfdc20d2b36ba7c3d), -154, 0}, /* 10^-8 */
		{UINT64_C(0xe69594bec44de15b), UINT64_C(0x4c2ebe687989a9b4), -181, 0}, /* 10^-16 */
		{UINT64_C(0xcfb11ead453994ba), UINT64_C(0x67de18eda5814af2), -234, 0}, /* 10^-32 */
		{UINT64_C(0xa87fea27a539e9a5), UINT64_C(0x3f2398d747b36224), -340, 0}, /* 10^-64 */
		{UINT64_C(0xddd0467c64bce4a0), UINT64_C(0xac7cb3f6d05ddbdf), -553, 0}, /* 10^-128 */
		{UINT64_C(0xc0314325637a1939), UINT64_C(0xfa911155fefb5309), -978, 0}, /* 10^-256 */
		{UINT64_C(0x9049ee32db23d21c), UINT64_C(0x7132d332e3f204d5), -1828, 0}, /* 10^-512 */
		{UINT64_C(0xa2a682a5da57c0bd), UINT64_C(0x87a601586bd3f699), -3529, 0}, /* 10^-1024 */
		{UINT64_C(0xceae534f34362de4), UINT64_C(0x492512d4f2ead2cc), -6931, 0}, /* 10^-2048 */
		{UINT64_C(0xa6dd04c8d2ce9fde), UINT64_C(0x2de38123a1c3cffc), -13734, 0}, /* 10^-4096 */
	},
};

/* a × b truncated to 128 bits; *exact when nothing was dropped. */
static struct xf xf_mul(struct xf a, struct xf b, int *exact)
{
	uint64_t a1 = (uint64_t)(a.m >> 64), a0 = (uint64_t)a.m;
	uint64_t b1 = (uint64_t)(b.m >> 64), b0 = (uint64_t)b.m;
	w64_u128 p00 = (w64_u128)a0 * b0, p01 = (w64_u128)a0 * b1;
	w64_u128 p10 = (w64_u128)a1 * b0, p11 = (w64_u128)a1 * b1;
	w64_u128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
	w64_u128 lo = mid << 64 | (uint64_t)p00;
	w64_u128 hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
	struct xf r;

	if (hi >> 127) {
		r.m = hi;
		r.e = a.e + b.e + 128;
	} else {
		r.m = hi << 1 | lo >> 127;
		r.e = a.e + b.e + 127;
		lo <<= 1;
	}
	*exact = lo == 0;
	return r;
}

/* --- decimal conversion ----------------------------------------------------- */

static void set_result(struct __w64_fpval *v, struct rounded r)
{
	if (r.inf) {
		v->kind = W64_FPV_INF;
		v->erange = 1;
		return;
	}
	if (r.m == 0) {
		v->kind = W64_FPV_ZERO;
		return;
	}
	v->kind = W64_FPV_FINITE;
	v->mant = r.m;
	v->exp = (int)r.e;
}

static void convert_decimal(struct decimal *x, const struct __w64_fpfmt *f, struct __w64_fpval *v)
{
	/* Far outside the range: 10^(exp+n-1) <= value < 10^(exp+n). */
	int64_t top = x->exp + x->n; /* value < 10^top */
	if (top - 1 > (int64_t)(f->emax + 1) * 30103 / 100000 + 1) {
		v->kind = W64_FPV_INF;
		v->erange = 1;
		return;
	}
	if (top < (least_exp(f) - 1) * 30103 / 100000 - 2) {
		v->kind = W64_FPV_ZERO;
		v->erange = 1;
		return;
	}

	/* w: the first (up to) 38 digits. */
	int64_t used = x->n < 38 ? x->n : 38;
	w64_u128 w = 0;
	const char *p = x->first;
	for (int64_t i = 0; i < used; p++) {
		if (*p == '.')
			continue;
		w = w * 10 + (unsigned)(*p - '0');
		i++;
	}
	int truncated = x->n > used;
	int64_t e10 = x->exp + (x->n - used);

	struct xf a;
	int len = bit_length(w);
	a.m = w << (128 - len);
	a.e = len - 128;
	int steps = 0, exact = !truncated;
	uint64_t k = (uint64_t)(e10 < 0 ? -e10 : e10);
	for (int i = 0; i < 13; i++) {
		if (!(k >> i & 1))
			continue;
		const struct pow10_entry *t = &pow10_table[e10 < 0][i];
		struct xf b = {(w64_u128)t->hi << 64 | t->lo, t->e};
		int ex;
		a = xf_mul(a, b, &ex);
		if (!t->exact)
			exact = 0, steps++;
		if (!ex)
			exact = 0, steps++;
	}

	struct rounded r;
	if (exact) {
		r = round_to(a.m, a.e, 0, f, 1);
	} else {
		w64_u128 err_lo = 2 * (w64_u128)steps + 2;
		w64_u128 err_hi = err_lo + (truncated ? 36 : 0);
		w64_u128 m = a.m;
		int64_t e = a.e;
		if (m > U128_MAX - err_hi) {
			m >>= 1; /* one more unit of error in the new units */
			e++;
			err_lo = err_lo / 2 + 1;
			err_hi = err_hi / 2 + 1;
		}
		r = round_to(m - err_lo, e, 0, f, 1);
		struct rounded r_hi = round_to(m + err_hi, e, 0, f, 1);
		while (!same(&r, &r_hi)) {
			int c = decimal_cmp(x, 2 * r.m + 1, r.e - 1);
			if (c < 0)
				break;
			struct rounded up = next_up(r, f);
			if (c == 0) {
				if (r.m & 1)
					r = up;
				break;
			}
			r = up;
		}
		r.inexact = 1; /* unknown: worked out below where it matters */
	}

	/* ERANGE for a tiny inexact result (tininess after rounding). */
	if (!r.inf && r.m <= (w64_u128)1 << (f->prec - 1) && (r.m == 0 || r.e == least_exp(f))) {
		int tiny;
		w64_u128 min_normal = (w64_u128)1 << (f->prec - 1);
		if (r.m < min_normal)
			tiny = 1;
		else if (exact)
			tiny = round_to(a.m, a.e, 0, f, 0).e + f->prec - 1 < f->emin;
		else /* below the midpoint under 2^emin at prec + 1 bits? */
			tiny = decimal_cmp(x, ((w64_u128)1 << (f->prec + 1)) - 1, (int64_t)f->emin - f->prec - 1) < 0;
		if (tiny && !exact && r.m != 0)
			r.inexact = decimal_cmp(x, r.m, r.e) != 0;
		if (tiny && r.inexact)
			v->erange = 1;
	}
	set_result(v, r);
}

/* --- hexadecimal conversion ------------------------------------------------- */

static const char *convert_hex(const char *p, const struct __w64_fpfmt *f, struct __w64_fpval *v)
{
	w64_u128 m = 0;
	int64_t e2 = 0;
	int sticky = 0, seen_dot = 0;

	for (;; p++) {
		int d = hex_value((unsigned char)*p);
		if (d < 0) {
			if (*p == '.' && !seen_dot) {
				seen_dot = 1;
				continue;
			}
			break;
		}
		if (m >> 124 == 0) {
			m = m << 4 | (unsigned)d;
			if (seen_dot)
				e2 -= 4;
		} else {
			sticky |= d != 0;
			if (!seen_dot)
				e2 += 4;
		}
	}
	if (lower((unsigned char)*p) == 'p') {
		int64_t pe;
		size_t taken = parse_exponent(p, &pe);
		if (taken != 0) {
			p += taken;
			e2 += pe;
		}
	}
	if (m == 0) {
		v->kind = W64_FPV_ZERO;
		return p;
	}
	/* Keep the exponent in a range where round_to's arithmetic is safe;
	 * beyond it the result is infinity or zero anyway. */
	if (e2 > 4 * (int64_t)f->emax)
		e2 = 4 * (int64_t)f->emax;
	if (e2 < 4 * least_exp(f) - 256)
		e2 = 4 * least_exp(f) - 256;
	struct rounded r = round_to(m, e2, sticky, f, 1);
	if (!r.inf && r.inexact) {
		struct rounded u = round_to(m, e2, sticky, f, 0);
		if (u.e + f->prec - 1 < f->emin)
			v->erange = 1;
	}
	set_result(v, r);
	return p;
}

/* --- the parser ------------------------------------------------------------- */

int __w64_strtofp(const char *s, char **end, const struct __w64_fpfmt *fmt, struct __w64_fpval *v)
{
	const char *p = s;

	v->kind = W64_FPV_NONE;
	v->neg = 0;
	v->exp = 0;
	v->mant = 0;
	v->has_payload = 0;
	v->payload = 0;
	v->erange = 0;

	while (is_space((unsigned char)*p))
		p++;
	if (*p == '+' || *p == '-')
		v->neg = *p++ == '-';

	if (starts_with(p, "inf")) {
		p += starts_with(p, "infinity") ? 8 : 3;
		v->kind = W64_FPV_INF;
	} else if (starts_with(p, "nan")) {
		p += 3;
		v->kind = W64_FPV_NAN;
		if (*p == '(') {
			const char *q = p + 1;
			while (is_digit((unsigned char)*q) || (lower((unsigned char)*q) >= 'a' && lower((unsigned char)*q) <= 'z') ||
			       *q == '_')
				q++;
			if (*q == ')') {
				v->has_payload = parse_payload(p + 1, q, &v->payload);
				p = q + 1;
			}
		}
	} else if (p[0] == '0' && lower((unsigned char)p[1]) == 'x' &&
		   (hex_value((unsigned char)p[2]) >= 0 || (p[2] == '.' && hex_value((unsigned char)p[3]) >= 0))) {
		p = convert_hex(p + 2, fmt, v);
	} else {
		struct decimal x;
		int64_t k = 0, n_int = -1, k_first = -1, k_last = -1;
		int any = 0;
		for (;; p++) {
			if (is_digit((unsigned char)*p)) {
				if (*p != '0') {
					if (k_first < 0) {
						k_first = k;
						x.first = p;
					}
					k_last = k;
				}
				k++;
				any = 1;
			} else if (*p == '.' && n_int < 0) {
				n_int = k;
			} else {
				break;
			}
		}
		if (!any) {
			v->neg = 0;
			p = s;
		} else {
			int64_t e10 = 0;
			if (n_int < 0)
				n_int = k;
			if (lower((unsigned char)*p) == 'e')
				p += parse_exponent(p, &e10);
			if (k_first < 0) {
				v->kind = W64_FPV_ZERO;
			} else {
				x.n = k_last - k_first + 1;
				x.exp = n_int - 1 - k_last + e10;
				/* The most significant digits a midpoint (or the
				 * tininess threshold) can have, plus 2: see the top. */
				int64_t q = (int64_t)fmt->prec + 1 - fmt->emin;
				x.cap = ((int64_t)(fmt->prec + 2) * 30103 + q * 69898) / 100000 + 3;
				x.d_built = 0;
				convert_decimal(&x, fmt, v);
			}
		}
	}
	if (end != NULL)
		*end = (char *)(uintptr_t)p;
	return v->kind;
}
