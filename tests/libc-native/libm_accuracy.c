/*
 * libm's accuracy against glibc (docs/libm.md).  Each function of the libc
 * under test (w64_sin, w64_sinf, and the binary128 kernels __w64_sinq
 * behind sinl) runs on random inputs drawn from ranges that matter for it;
 * the reference is glibc's binary128 function (sinf128 …) on the same
 * input, which is far more precise than a double or a float result.  The
 * error is |ours - reference| in units in the last place of the result's
 * format at the reference, as a real number (0.5 = correctly rounded at
 * worst).  For long double glibc's binary128 functions are not precise
 * enough to judge a binary128 result, so the reference is MPFR at 256
 * bits, reached through dlopen("libmpfr.so.6") (the runtime library that
 * gcc depends on; no headers needed): the exact value as hi + lo, and the
 * error measured against that.  Without it the driver says so and falls
 * back to glibc's binary128 functions (whose own error, up to a few ulp,
 * is then included in the figures).
 *
 *   libm_accuracy [-n CASES] [-s SEED] [-o TABLE.md] [NAME...]
 *
 * Prints one line per function (name, bound, max ulp, worst input,
 * inputs) and a summary line; exits 1 when any function exceeds its
 * bound.  -o also writes the table as Markdown.  NAMEs select functions
 * (sin, sinf, sinl, ...); -n is the number of inputs per function
 * (exact functions and long double get a fraction of it: see `weight`).
 */
#include <dlfcn.h>
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "w64_math.h"

typedef __float128 q;
typedef unsigned __int128 u128;

/* glibc's binary128 functions (glibc declares them only for gcc). */
#define GLIBC_Q1(f) q f##f128(q);
#define GLIBC_Q2(f) q f##f128(q, q);
GLIBC_Q1(sin) GLIBC_Q1(cos) GLIBC_Q1(tan) GLIBC_Q1(asin) GLIBC_Q1(acos) GLIBC_Q1(atan)
GLIBC_Q1(sinh) GLIBC_Q1(cosh) GLIBC_Q1(tanh) GLIBC_Q1(asinh) GLIBC_Q1(acosh) GLIBC_Q1(atanh)
GLIBC_Q1(exp) GLIBC_Q1(exp2) GLIBC_Q1(expm1) GLIBC_Q1(log) GLIBC_Q1(log2) GLIBC_Q1(log10)
GLIBC_Q1(log1p) GLIBC_Q1(sqrt) GLIBC_Q1(cbrt) GLIBC_Q1(erf) GLIBC_Q1(erfc) GLIBC_Q1(tgamma)
GLIBC_Q1(lgamma) GLIBC_Q1(floor) GLIBC_Q1(ceil) GLIBC_Q1(trunc) GLIBC_Q1(round) GLIBC_Q1(rint)
GLIBC_Q1(nearbyint) GLIBC_Q1(logb) GLIBC_Q1(fabs) GLIBC_Q1(exp10)
GLIBC_Q2(atan2) GLIBC_Q2(pow) GLIBC_Q2(hypot) GLIBC_Q2(fmod) GLIBC_Q2(remainder)
GLIBC_Q2(fmin) GLIBC_Q2(fmax) GLIBC_Q2(fdim) GLIBC_Q2(copysign) GLIBC_Q2(nextafter)
q fmaf128(q, q, q);
q frexpf128(q, int *);
q ldexpf128(q, int);
q modff128(q, q *);
q remquof128(q, q, int *);
long lroundf128(q);
long lrintf128(q);
int ilogbf128(q);

/* The libc under test (libc/native.mk renames every public function w64_*;
 * the binary128 kernels are hidden __w64_*q and keep their names). */
#define OURS_D1(n) double w64_##n(double); float w64_##n##f(float); w64_f128 __w64_##n##q(w64_f128);
#define OURS_D2(n) double w64_##n(double, double); float w64_##n##f(float, float); \
	w64_f128 __w64_##n##q(w64_f128, w64_f128);
OURS_D1(sin) OURS_D1(cos) OURS_D1(tan) OURS_D1(asin) OURS_D1(acos) OURS_D1(atan)
OURS_D1(sinh) OURS_D1(cosh) OURS_D1(tanh) OURS_D1(asinh) OURS_D1(acosh) OURS_D1(atanh)
OURS_D1(exp) OURS_D1(exp2) OURS_D1(expm1) OURS_D1(log) OURS_D1(log2) OURS_D1(log10)
OURS_D1(log1p) OURS_D1(sqrt) OURS_D1(cbrt) OURS_D1(erf) OURS_D1(erfc) OURS_D1(tgamma)
OURS_D1(lgamma) OURS_D1(floor) OURS_D1(ceil) OURS_D1(trunc) OURS_D1(round) OURS_D1(rint)
OURS_D1(nearbyint) OURS_D1(logb) OURS_D1(fabs) OURS_D1(exp10)
/* Bessel functions: double and float only (as in glibc and wasi-libc). */
double w64_j0(double); double w64_j1(double); double w64_y0(double); double w64_y1(double);
float w64_j0f(float); float w64_j1f(float); float w64_y0f(float); float w64_y1f(float);
double w64_jn(int, double); double w64_yn(int, double);
float w64_jnf(int, float); float w64_ynf(int, float);
OURS_D2(atan2) OURS_D2(pow) OURS_D2(hypot) OURS_D2(fmod) OURS_D2(remainder)
OURS_D2(fmin) OURS_D2(fmax) OURS_D2(fdim) OURS_D2(copysign) OURS_D2(nextafter)
double w64_fma(double, double, double);
float w64_fmaf(float, float, float);
w64_f128 __w64_fmaq(w64_f128, w64_f128, w64_f128);
double w64_frexp(double, int *);
float w64_frexpf(float, int *);
w64_f128 __w64_frexpq(w64_f128, int *);
double w64_ldexp(double, int);
float w64_ldexpf(float, int);
w64_f128 __w64_scalbnq(w64_f128, int);
double w64_modf(double, double *);
float w64_modff(float, float *);
w64_f128 __w64_modfq(w64_f128, w64_f128 *);
double w64_remquo(double, double, int *);
float w64_remquof(float, float, int *);
w64_f128 __w64_remquoq(w64_f128, w64_f128, int *);
long w64_lround(double);
long w64_lroundf(float);
long __w64_lroundq(w64_f128);
long w64_lrint(double);
long w64_lrintf(float);
long __w64_lrintq(w64_f128);
int w64_ilogb(double);
int w64_ilogbf(float);
int __w64_ilogbq(w64_f128);

/* --- formats ----------------------------------------------------------------- */

enum fmt { F32, F64, F128 };
static const struct {
	int prec, emin;
	const char *suffix;
} formats[] = {{24, -126, "f"}, {53, -1022, ""}, {113, -16382, "l"}};

static q round_to(enum fmt f, q x)
{
	return f == F32 ? (q)(float)x : f == F64 ? (q)(double)x : x;
}

static q q_from_bits(enum fmt f, u128 b)
{
	if (f == F32) {
		uint32_t u = (uint32_t)b;
		float v;
		memcpy(&v, &u, 4);
		return v;
	}
	if (f == F64) {
		uint64_t u = (uint64_t)b;
		double v;
		memcpy(&v, &u, 8);
		return v;
	}
	q v;
	memcpy(&v, &b, 16);
	return v;
}

static u128 q_to_bits(enum fmt f, q x)
{
	if (f == F32) {
		float v = (float)x;
		uint32_t u;
		memcpy(&u, &v, 4);
		return u;
	}
	if (f == F64) {
		double v = (double)x;
		uint64_t u;
		memcpy(&u, &v, 8);
		return u;
	}
	u128 u;
	memcpy(&u, &x, 16);
	return u;
}

/* The ulp of format f at the value r (finite, nonzero or zero). */
static q ulp_at(enum fmt f, q r)
{
	int e = 0;
	if (r != 0)
		frexpf128(r, &e);
	e -= 1; /* r = m 2^e, 1 <= m < 2 */
	if (e < formats[f].emin)
		e = formats[f].emin;
	return ldexpf128(1, e - formats[f].prec + 1);
}

static int q_isnan(q x) { return x != x; }
static int q_isinf(q x) { return !q_isnan(x) && q_isnan(x - x); }

/*
 * Error of `got` against the exact value `ref`, in ulp of format f.
 * NaN against NaN and equal infinities are 0; an infinity (or NaN) where
 * the other is not is reported as 1e9.  A finite reference beyond the
 * format's range compares as the infinity it rounds to.
 */
static double ulp_error(enum fmt f, q got, q ref)
{
	if (q_isnan(got) || q_isnan(ref))
		return q_isnan(got) && q_isnan(ref) ? 0 : 1e9;
	q rr = round_to(f, ref);
	if (q_isinf(got) || q_isinf(rr)) {
		if (got == rr)
			return 0;
		if (q_isinf(got) && !q_isinf(ref)) {
			/* Overflowed: the error against the largest finite value
			 * plus one ulp, which is what the infinity stands for. */
			q big = q_from_bits(f, q_to_bits(f, rr) - 1);
			q top = big + ulp_at(f, big);
			return (double)(fabsf128(top - ref) / ulp_at(f, big));
		}
		return 1e9;
	}
	if (got == ref)
		return 0;
	return (double)(fabsf128(got - ref) / ulp_at(f, ref));
}

/* --- MPFR, for the long double references ---------------------------------------- */

/* The few MPFR entry points used, declared by hand (mpfr.h's layout). */
typedef struct {
	long prec;
	int sign;
	long exp;
	void *d;
} mpfr_s;
typedef int (*mpfr1_t)(mpfr_s *, const mpfr_s *, int);
typedef int (*mpfr2_t)(mpfr_s *, const mpfr_s *, const mpfr_s *, int);
static struct {
	void (*init2)(mpfr_s *, long);
	int (*set_f128)(mpfr_s *, q, int);
	q (*get_f128)(const mpfr_s *, int);
	int (*sub)(mpfr_s *, const mpfr_s *, const mpfr_s *, int);
	int (*lgamma)(mpfr_s *, int *, const mpfr_s *, int);
	void *lib;
} mp;

static void *mp_sym(const char *name)
{
	return mp.lib ? dlsym(mp.lib, name) : NULL;
}

static int mp_open(void)
{
	mp.lib = dlopen("libmpfr.so.6", RTLD_NOW);
	mp.init2 = (void (*)(mpfr_s *, long))mp_sym("mpfr_init2");
	mp.set_f128 = (int (*)(mpfr_s *, q, int))mp_sym("mpfr_set_float128");
	mp.get_f128 = (q(*)(const mpfr_s *, int))mp_sym("mpfr_get_float128");
	mp.sub = (int (*)(mpfr_s *, const mpfr_s *, const mpfr_s *, int))mp_sym("mpfr_sub");
	mp.lgamma = (int (*)(mpfr_s *, int *, const mpfr_s *, int))mp_sym("mpfr_lgamma");
	return mp.init2 && mp.set_f128 && mp.get_f128 && mp.sub && mp.lgamma;
}

/* f(a...) at 256 bits as hi + lo (hi the binary128 nearest). */
static q mp_eval(const char *name, int arity, const q *a, q *lo)
{
	static mpfr_s x[3], r, t;
	static int ready;
	if (!ready) {
		for (int i = 0; i < 3; i++)
			mp.init2(&x[i], 256);
		mp.init2(&r, 256);
		mp.init2(&t, 256);
		ready = 1;
	}
	for (int i = 0; i < arity; i++)
		mp.set_f128(&x[i], a[i], 0);
	if (!strcmp(name, "lgamma")) {
		int sign;
		mp.lgamma(&r, &sign, &x[0], 0);
	} else if (!strcmp(name, "mpfr_jn") || !strcmp(name, "mpfr_yn")) {
		/* order, then x */
		((int (*)(mpfr_s *, long, const mpfr_s *, int))dlsym(mp.lib, name))(&r, (long)a[0], &x[1], 0);
	} else if (arity == 1) {
		((mpfr1_t)dlsym(mp.lib, name))(&r, &x[0], 0);
	} else {
		((mpfr2_t)dlsym(mp.lib, name))(&r, &x[0], &x[1], 0);
	}
	q hi = mp.get_f128(&r, 0);
	mp.set_f128(&t, hi, 0);
	mp.sub(&t, &r, &t, 0);
	*lo = mp.get_f128(&t, 0);
	return hi;
}

/* --- inputs ---------------------------------------------------------------------- */

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t rng(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* An input range: values between lo and hi, either uniform (LIN) or
 * uniform over the bit patterns (LOG: every binade equally often; lo and
 * hi of one sign, or one of them zero), or next to lgamma's zeros and
 * poles between lo and hi < 0 (LGAMMA_ZEROS: see lgamma_zeros). */
enum mode { LIN, LOG, LGAMMA_ZEROS, NEAR_ZEROS };
struct range {
	double lo, hi;
	enum mode mode;
};

static q draw_near_lgamma_zero(enum fmt f, const struct range *r);
static q draw_near_zero(enum fmt f, const struct range *r);

static q draw(enum fmt f, const struct range *r)
{
	if (r->mode == LGAMMA_ZEROS)
		return draw_near_lgamma_zero(f, r);
	if (r->mode == NEAR_ZEROS)
		return draw_near_zero(f, r);
	if (r->mode == LIN) {
		q u = (q)(rng() >> 11) * 0x1p-53q;
		if (f == F128)
			u += (q)(rng() >> 11) * 0x1p-106q;
		return round_to(f, (q)r->lo + ((q)r->hi - (q)r->lo) * u);
	}
	int neg = r->hi <= 0;
	q a = neg ? -(q)r->hi : (q)r->lo, b = neg ? -(q)r->lo : (q)r->hi;
	u128 ba = q_to_bits(f, a), bb = q_to_bits(f, b);
	u128 span = bb - ba + 1;
	u128 rnd = (u128)rng() << 64 | rng();
	q x = q_from_bits(f, ba + rnd % span);
	return neg ? -x : x;
}

/*
 * lgamma's zeros below -2, where lgamma(x) = log(pi / |x sin(pi x)|) -
 * lgamma(-x) would cancel: one on each side of every pole -m, m >= 3, and
 * one left of -2.  Found here, independently of the libc's own table, by
 * bisection over the binary128 numbers between the pole and the midpoint
 * on the sign of the reference lgamma (positive next to the pole): each
 * zero is kept as the binary128 x on its pole's side of it.  Below -33 no
 * binary128 lies between a pole and its zero (the zero is within 1/m! of
 * the pole); the pole itself is then the centre, so that the numbers right
 * next to it are drawn too.
 */
#define LGAMMA_LAST_POLE 64
static q lgamma_centre[2 * LGAMMA_LAST_POLE];
static int lgamma_centres;

static q ref_lgamma_sign_positive(q x, int have_mpfr)
{
	if (!have_mpfr)
		return lgammaf128(x) > 0;
	static mpfr_s a, r;
	static int ready;
	if (!ready) {
		mp.init2(&a, 256);
		mp.init2(&r, 256);
		ready = 1;
	}
	int sign;
	mp.set_f128(&a, x, 0);
	mp.lgamma(&r, &sign, &a, 0);
	return mp.get_f128(&r, 0) > 0;
}

static void lgamma_zeros(int have_mpfr)
{
	for (int m = 2; m <= LGAMMA_LAST_POLE; m++) {
		for (int side = -1; side <= 1; side += 2) {
			if (m == 2 && side > 0)
				continue; /* lgamma < 0 nowhere in (-2, -1) */
			/* |x| as bit patterns (monotone): near is next to -m,
			 * far is -m + side/2, where lgamma < 0 */
			u128 pole = q_to_bits(F128, (q)m);
			u128 near = side < 0 ? pole + 1 : pole - 1;
			u128 far = q_to_bits(F128, (q)m - (q)side / 2);
			q centre = -(q)m;
			if (ref_lgamma_sign_positive(-q_from_bits(F128, near), have_mpfr)) {
				while (near + 1 != far && far + 1 != near) {
					u128 mid = near < far ? near + (far - near) / 2 : far + (near - far) / 2;
					if (ref_lgamma_sign_positive(-q_from_bits(F128, mid), have_mpfr))
						near = mid;
					else
						far = mid;
				}
				centre = -q_from_bits(F128, near);
			}
			lgamma_centre[lgamma_centres++] = centre;
		}
	}
}

/* x next to one of the n centres c (rounded to the format) in [lo, hi]:
 * half the time c + k ulp, |k| <= 8; otherwise c +- 2^t ulp, 2^t uniform
 * in log from 1 ulp to `reach` (to 4 ulp where an ulp is larger). */
static q draw_near(enum fmt f, const struct range *r, const q *centre, int n, q reach)
{
	for (;;) {
		q c = round_to(f, centre[rng() % (uint64_t)n]);
		if (c < (q)r->lo || c > (q)r->hi)
			continue;
		q u = ulp_at(f, c), x;
		uint64_t b = rng();
		if (b & 1) {
			x = c + (q)((int)(b >> 1 & 15) - 8) * u;
		} else {
			q span = log2f128(reach / u);
			if (span < 2)
				span = 2;
			q t = (q)(b >> 11) * 0x1p-53q * span;
			q off = exp2f128(t) * u;
			x = (b & 2) ? c + off : c - off;
		}
		return round_to(f, x);
	}
}

static q draw_near_lgamma_zero(enum fmt f, const struct range *r)
{
	return draw_near(f, r, lgamma_centre, lgamma_centres, 0x1p-20q);
}

/*
 * The zeros of the function being measured (the Bessel functions J0, J1,
 * Y0, Y1), found with MPFR: sign changes on a grid from 0.25 to 200, then
 * bisection over the doubles down to the last double before the zero.
 * NEAR_ZEROS draws x next to one of them, as for lgamma's zeros.
 */
static q zero_centre[256];
static int zero_centres;

static int mp_sign(const char *name, double x)
{
	q a[1] = {x}, lo;
	q v = mp_eval(name, 1, a, &lo);
	return v > 0 ? 1 : v < 0 ? -1 : 0;
}

static void find_zeros(const char *mpname)
{
	zero_centres = 0;
	int prev = mp_sign(mpname, 0.25);
	for (double x = 0.25 + 1.0 / 16; x < 200 && zero_centres < 256; x += 1.0 / 16) {
		int sg = mp_sign(mpname, x);
		if (sg != prev && sg != 0 && prev != 0) {
			uint64_t lo = q_to_bits(F64, x - 1.0 / 16), hi = q_to_bits(F64, x);
			while (lo + 1 < hi) {
				uint64_t mid = lo + (hi - lo) / 2;
				if (mp_sign(mpname, (double)q_from_bits(F64, mid)) == prev)
					lo = mid;
				else
					hi = mid;
			}
			zero_centre[zero_centres++] = q_from_bits(F64, lo);
		}
		prev = sg;
	}
}

static q draw_near_zero(enum fmt f, const struct range *r)
{
	return draw_near(f, r, zero_centre, zero_centres, 0x1p-10q);
}

/* --- the functions ----------------------------------------------------------------- */

typedef q (*fn_t)(const q *a);

#define MAXSETS 5

/* Wrappers: each takes its arguments as binary128 (already in its format). */
#define W1(n)                                                                            \
	static q o_##n(const q *a) { return w64_##n((double)a[0]); }                     \
	static q o_##n##f(const q *a) { return w64_##n##f((float)a[0]); }                \
	static q o_##n##l(const q *a) { return __w64_##n##q(a[0]); }                     \
	static q r_##n(const q *a) { return n##f128(a[0]); }
#define W2(n)                                                                            \
	static q o_##n(const q *a) { return w64_##n((double)a[0], (double)a[1]); }       \
	static q o_##n##f(const q *a) { return w64_##n##f((float)a[0], (float)a[1]); }   \
	static q o_##n##l(const q *a) { return __w64_##n##q(a[0], a[1]); }               \
	static q r_##n(const q *a) { return n##f128(a[0], a[1]); }
W1(sin) W1(cos) W1(tan) W1(asin) W1(acos) W1(atan)
W1(sinh) W1(cosh) W1(tanh) W1(asinh) W1(acosh) W1(atanh)
W1(exp) W1(exp2) W1(expm1) W1(log) W1(log2) W1(log10)
W1(log1p) W1(sqrt) W1(cbrt) W1(erf) W1(erfc) W1(tgamma)
W1(floor) W1(ceil) W1(trunc) W1(round) W1(rint)
W1(nearbyint) W1(logb) W1(fabs)
W2(atan2) W2(pow) W2(hypot) W2(fmod) W2(remainder)
W2(fmin) W2(fmax) W2(fdim) W2(copysign)

W1(exp10)

/* Bessel functions: ours, and glibc's own (measured for comparison). */
#define WB(n) \
	static q o_##n(const q *a) { return w64_##n((double)a[0]); }  \
	static q o_##n##f(const q *a) { return w64_##n##f((float)a[0]); } \
	static q g_##n(const q *a) { return n((double)a[0]); }          \
	static q g_##n##f(const q *a) { return n##f((float)a[0]); }
WB(j0) WB(j1) WB(y0) WB(y1)
#define WBN(n) \
	static q o_##n(const q *a) { return w64_##n((int)a[0], (double)a[1]); }  \
	static q o_##n##f(const q *a) { return w64_##n##f((int)a[0], (float)a[1]); } \
	static q g_##n(const q *a) { return n((int)a[0], (double)a[1]); }          \
	static q g_##n##f(const q *a) { return n##f((int)a[0], (float)a[1]); }
WBN(jn) WBN(yn)

/* lgamma: glibc's lgammaf128 sets signgam, which is harmless here. */
static q o_lgamma(const q *a) { return w64_lgamma((double)a[0]); }
static q o_lgammaf(const q *a) { return w64_lgammaf((float)a[0]); }
static q o_lgammal(const q *a) { return __w64_lgammaq(a[0]); }
static q r_lgamma(const q *a) { return lgammaf128(a[0]); }

/* nextafter depends on the format: the reference is glibc's own. */
static q o_nextafter(const q *a) { return w64_nextafter((double)a[0], (double)a[1]); }
static q o_nextafterf(const q *a) { return w64_nextafterf((float)a[0], (float)a[1]); }
static q o_nextafterl(const q *a) { return __w64_nextafterq(a[0], a[1]); }
static q r_nextafter(const q *a) { return nextafter((double)a[0], (double)a[1]); }
static q r_nextafterf(const q *a) { return nextafterf((float)a[0], (float)a[1]); }
static q r_nextafterl(const q *a) { return nextafterf128(a[0], a[1]); }

static q o_fma(const q *a) { return w64_fma((double)a[0], (double)a[1], (double)a[2]); }
static q o_fmaf(const q *a) { return w64_fmaf((float)a[0], (float)a[1], (float)a[2]); }
static q o_fmal(const q *a) { return __w64_fmaq(a[0], a[1], a[2]); }
static q r_fma(const q *a) { return fmaf128(a[0], a[1], a[2]); }
static q r_fma_d(const q *a) { return fma((double)a[0], (double)a[1], (double)a[2]); }
static q r_fma_f(const q *a) { return fmaf((float)a[0], (float)a[1], (float)a[2]); }

/* frexp, modf, remquo, lround, lrint, ilogb, ldexp: both results, the
 * second folded in as a multiple of 2^20 beyond the first's range (exact
 * in binary128 for double and float results). */
static q o_frexp(const q *a) { int e; q m = w64_frexp((double)a[0], &e); return m + e * 4; }
static q o_frexpf(const q *a) { int e; q m = w64_frexpf((float)a[0], &e); return m + e * 4; }
static q o_frexpl(const q *a) { int e; q m = __w64_frexpq(a[0], &e); return ldexpf128(m, e); }
static q r_frexp(const q *a) { int e; q m = frexpf128(a[0], &e); return m + e * 4; }
static q r_frexpl(const q *a) { int e; q m = frexpf128(a[0], &e); return ldexpf128(m, e); }
static q o_modf(const q *a) { double i; double f = w64_modf((double)a[0], &i); return i + f; }
static q o_modff(const q *a) { float i; float f = w64_modff((float)a[0], &i); return (q)i + f; }
static q o_modfl(const q *a) { q i; q f = __w64_modfq(a[0], &i); return i - a[0] + f; }
static q r_modf(const q *a) { q i; q f = modff128(a[0], &i); return i + f; }
static q r_modfl(const q *a) { q i; q f = modff128(a[0], &i); return i - a[0] + f; }
/* remquo: the quotient's low three bits and sign (all C promises) are
 * compared here; a mismatch turns the result into a NaN. */
static q quo_check(q r, int n, int m) { return n % 8 == m % 8 ? r : (q)NAN; }
static q o_remquo(const q *a) { int n, m; q r = w64_remquo((double)a[0], (double)a[1], &n); remquof128(a[0], a[1], &m); return quo_check(r, n, m); }
static q o_remquof(const q *a) { int n, m; q r = w64_remquof((float)a[0], (float)a[1], &n); remquof128(a[0], a[1], &m); return quo_check(r, n, m); }
static q o_remquol(const q *a) { int n, m; q r = __w64_remquoq(a[0], a[1], &n); remquof128(a[0], a[1], &m); return quo_check(r, n, m); }
static q r_remquo(const q *a) { int n; return remquof128(a[0], a[1], &n); }
static q o_lround(const q *a) { return w64_lround((double)a[0]); }
static q o_lroundf(const q *a) { return w64_lroundf((float)a[0]); }
static q o_lroundl(const q *a) { return __w64_lroundq(a[0]); }
static q r_lround(const q *a) { return lroundf128(a[0]); }
static q o_lrint(const q *a) { return w64_lrint((double)a[0]); }
static q o_lrintf(const q *a) { return w64_lrintf((float)a[0]); }
static q o_lrintl(const q *a) { return __w64_lrintq(a[0]); }
static q r_lrint(const q *a) { return lrintf128(a[0]); }
static q o_ilogb(const q *a) { return w64_ilogb((double)a[0]); }
static q o_ilogbf(const q *a) { return w64_ilogbf((float)a[0]); }
static q o_ilogbl(const q *a) { return __w64_ilogbq(a[0]); }
static q r_ilogb(const q *a) { return ilogbf128(a[0]); }
static q o_ldexp(const q *a) { return w64_ldexp((double)a[0], (int)a[1]); }
static q o_ldexpf(const q *a) { return w64_ldexpf((float)a[0], (int)a[1]); }
static q o_ldexpl(const q *a) { return __w64_scalbnq(a[0], (int)a[1]); }
static q r_ldexp(const q *a) { return ldexpf128(a[0], (int)a[1]); }

#define G1(n) \
	static q rd_##n(const q *a) { return n((double)a[0]); } \
	static q rf_##n(const q *a) { return n##f((float)a[0]); }
#define G2(n) \
	static q rd_##n(const q *a) { return n((double)a[0], (double)a[1]); } \
	static q rf_##n(const q *a) { return n##f((float)a[0], (float)a[1]); }
G1(floor) G1(ceil) G1(trunc) G1(round) G1(rint) G1(nearbyint) G1(logb) G1(fabs) G1(lround) G1(lrint)
G1(ilogb) G2(fmin) G2(fmax) G2(fdim) G2(copysign)
static q rd_ldexp(const q *a) { return ldexp((double)a[0], (int)a[1]); }
static q rf_ldexp(const q *a) { return ldexpf((float)a[0], (int)a[1]); }
static q rd_remquo(const q *a) { int n; return remquo((double)a[0], (double)a[1], &n); }
static q rf_remquo(const q *a) { int n; return remquof((float)a[0], (float)a[1], &n); }

/* The ranges: where each function is interesting, wide and near its
 * special points.  R(lo, hi, mode) per argument; up to MAXSETS sets. */
#define R(a, b, m) {a, b, m}
#define ALL_D R(-0x1p1023, -0x1p-1074, LOG)
#define POS_ALL R(0x1p-1074, 0x1p1023, LOG)
#define NEG_ALL R(-0x1p1023, -0x1p-1074, LOG)
/* Binary128 extends further; these double bounds keep every format's
 * draws inside its range after rounding (float: LOG bounds clip at
 * FLT_MAX and its smallest subnormal). */

struct spec {
	const char *base;
	int arity;
	double bound;
	fn_t od, of, ol, ref, refd, reff, refl;
	int weight, lweight;
	struct range sets[MAXSETS][3];
	/* MPFR's function (mpfr_<name>) is the reference in every format
	 * (no long double form: ol is NULL); zeros: draw NEAR_ZEROS about
	 * that function's zeros; info: glibc's function, measured for
	 * comparison only (no bound) */
	const char *mpfr;
	int zeros, info;
};

#define S1(n, b, lw, ...) \
	{#n, 1, b, o_##n, o_##n##f, o_##n##l, r_##n, 0, 0, 0, 1, lw, {__VA_ARGS__}, NULL, 0, 0}
#define S2(n, b, lw, ...) \
	{#n, 2, b, o_##n, o_##n##f, o_##n##l, r_##n, 0, 0, 0, 1, lw, {__VA_ARGS__}, NULL, 0, 0}
/* Exact functions: the reference is glibc's function of the same format,
 * bit for bit. */
#define X1(n, lw, ...) \
	{#n, 1, 0, o_##n, o_##n##f, o_##n##l, r_##n, rd_##n, rf_##n, r_##n, 4, lw, {__VA_ARGS__}, NULL, 0, 0}
#define X2(n, lw, ...) \
	{#n, 2, 0, o_##n, o_##n##f, o_##n##l, r_##n, rd_##n, rf_##n, r_##n, 4, lw, {__VA_ARGS__}, NULL, 0, 0}

#define XL(n, ar, lw, ...) \
	{#n, ar, 0, o_##n, o_##n##f, o_##n##l, r_##n, 0, 0, r_##n##l, 4, lw, {__VA_ARGS__}, NULL, 0, 0}
#define WIDE R(-0x1p60, 0x1p60, LIN)
/* Bessel functions: ours within `bound`, and glibc's measured alongside.
 * Two sets in five next to the zeros below 200. */
#define BESSEL_SETS(...)                                                                   \
	{{R(0, 40, LIN)}, {R(40, 1000, LIN)}, {POS_ALL}, {R(0.25, 200, NEAR_ZEROS)}, {__VA_ARGS__}}
#define BESSEL(n, ...)                                                                          \
	{#n, 1, 1, o_##n, o_##n##f, 0, 0, 0, 0, 0, 4, 1, BESSEL_SETS(__VA_ARGS__), "mpfr_" #n, 1, 0},     \
	{"glibc_" #n, 1, 0, g_##n, g_##n##f, 0, 0, 0, 0, 0, 8, 1, BESSEL_SETS(__VA_ARGS__), "mpfr_" #n, 1, 1}
/* Jn and Yn: n from 2 to 10, x up to 60 (where the recurrences run) and beyond. */
#define BESSEL_N_SETS(...)                                                                  \
	{{R(2, 11, LIN), R(0, 60, LIN)}, {R(2, 11, LIN), R(60, 1000, LIN)}, {R(2, 11, LIN), POS_ALL}, \
	 {R(2, 11, LIN), __VA_ARGS__}}
#define BESSEL_N(n, ...)                                                                        \
	{#n, 2, 1, o_##n, o_##n##f, 0, 0, 0, 0, 0, 4, 1, BESSEL_N_SETS(__VA_ARGS__), "mpfr_" #n, 0, 0},   \
	{"glibc_" #n, 2, 0, g_##n, g_##n##f, 0, 0, 0, 0, 0, 8, 1, BESSEL_N_SETS(__VA_ARGS__), "mpfr_" #n, 0, 1}
static const struct spec specs[] = {
	S1(sin, 1, 8, {R(-10, 10, LIN)}, {R(0x1p-30, 0x1p1023, LOG)}, {R(-0x1p1023, -0x1p-1074, LOG)}),
	S1(cos, 1, 8, {R(-10, 10, LIN)}, {R(0x1p-30, 0x1p1023, LOG)}, {R(-0x1p1023, -0x1p-1074, LOG)}),
	S1(tan, 1, 8, {R(-10, 10, LIN)}, {R(0x1p-30, 0x1p1023, LOG)}, {R(-0x1p1023, -0x1p-1074, LOG)}),
	/* asin and atan just above 1/16, where atan's reduction about 1/8
	 * nearly cancels (atan(1/8) + atan(u), u near -1/16) */
	S1(asin, 1, 8, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-40, LOG)}, {R(0.06, 0.07, LIN)}),
	S1(acos, 1, 8, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-40, LOG)}),
	S1(atan, 1, 8, {R(-10, 10, LIN)}, {POS_ALL}, {NEG_ALL}, {R(0.0625, 0.07, LIN)}),
	S2(atan2, 1, 8, {R(-10, 10, LIN), R(-10, 10, LIN)}, {POS_ALL, POS_ALL}, {NEG_ALL, POS_ALL},
	   {R(-0x1p100, 0x1p100, LIN), NEG_ALL}),
	S1(sinh, 1, 8, {R(-12, 12, LIN)}, {R(0x1p-1074, 720, LOG)}, {R(-720, -0x1p-1074, LOG)}),
	S1(cosh, 1, 8, {R(-12, 12, LIN)}, {R(0x1p-1074, 720, LOG)}, {R(-720, -0x1p-1074, LOG)}),
	S1(tanh, 1, 8, {R(-12, 12, LIN)}, {R(0x1p-1074, 30, LOG)}, {R(-30, -0x1p-1074, LOG)}),
	S1(asinh, 1, 8, {R(-10, 10, LIN)}, {POS_ALL}, {NEG_ALL}),
	S1(acosh, 1, 8, {R(1, 10, LIN)}, {R(1, 0x1p1023, LOG)}, {R(1, 1.001, LIN)}),
	S1(atanh, 1, 8, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-1074, LOG)}),
	S1(exp, 1, 8, {R(-745, 710, LIN)}, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-1074, LOG)}),
	S1(exp2, 1, 8, {R(-1075, 1024, LIN)}, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-1074, LOG)}),
	/* expm1 in [78, 84]: e^x near 2^114 .. 2^121, where the binary128 result's
	 * ulp is 2 .. 256 and the 1 still counts */
	S1(expm1, 1, 8, {R(-40, 710, LIN)}, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-1074, LOG)},
	   {R(78, 84, LIN)}),
	S1(exp10, 1, 8, {R(-323, 308, LIN)}, {R(-1, 1, LIN)}, {R(0x1p-1074, 1, LOG)}, {R(-1, -0x1p-1074, LOG)}),
	S1(log, 1, 8, {POS_ALL}, {R(0.5, 2, LIN)}, {R(0.99, 1.01, LIN)}),
	S1(log2, 1, 8, {POS_ALL}, {R(0.5, 2, LIN)}, {R(0.99, 1.01, LIN)}),
	S1(log10, 1, 8, {POS_ALL}, {R(0.5, 2, LIN)}, {R(0.99, 1.01, LIN)}),
	S1(log1p, 1, 8, {R(0x1p-1074, 0x1p1023, LOG)}, {R(-1, 1, LIN)}, {R(-1, -0x1p-1074, LOG)}),
	S2(pow, 1, 8, {R(0, 4, LIN), R(-300, 300, LIN)}, {POS_ALL, R(-1, 1, LIN)},
	   {R(0.99, 1.01, LIN), R(-0x1p20, 0x1p20, LIN)}, {R(-8, -0.5, LIN), R(-100, 100, LIN)}),
	S1(sqrt, 0.5, 8, {POS_ALL}, {R(0, 4, LIN)}),
	S1(cbrt, 1, 8, {POS_ALL}, {NEG_ALL}, {R(-8, 8, LIN)}),
	S2(hypot, 1, 8, {ALL_D, POS_ALL}, {R(-10, 10, LIN), R(-10, 10, LIN)}, {R(1, 2, LIN), R(0x1p-40, 0x1p-20, LOG)}),
	S1(erf, 1, 8, {R(-6, 6, LIN)}, {POS_ALL}, {NEG_ALL}),
	/* erfc in [106, 107.5]: binary128 results from subnormal to zero */
	S1(erfc, 1, 8, {R(-6, 30, LIN)}, {POS_ALL}, {NEG_ALL}, {R(106, 107.5, LIN)}),
	S1(tgamma, 1, 16, {R(-30, 172, LIN)}, {R(0x1p-1074, 172, LOG)}, {R(-180, 0, LIN)}),
	S1(lgamma, 1, 16, {R(-2, 50, LIN)}, {POS_ALL}, {R(-2, 0, LIN)}, {R(1.5, 2.5, LIN)}),
	/* x < -2, where lgamma has two zeros in every unit interval and the
	 * reflection formula would cancel next to them (docs/libm.md): random
	 * x, and two sets in five right next to the zeros and poles */
	{"lgamma_neg", 1, 1, o_lgamma, o_lgammaf, o_lgammal, r_lgamma, 0, 0, 0, 1, 8,
	 {{R(-30, -2, LIN)}, {R(-200, -2, LIN)}, {R(-65, -2, LGAMMA_ZEROS)}, {R(-0x1p100, -2, LOG)},
	  {R(-65, -2, LGAMMA_ZEROS)}}, NULL, 0, 0},
	S2(fmod, 0, 8, {ALL_D, POS_ALL}, {R(-100, 100, LIN), R(-10, 10, LIN)}, {POS_ALL, NEG_ALL}),
	S2(remainder, 0, 8, {ALL_D, POS_ALL}, {R(-100, 100, LIN), R(-10, 10, LIN)}, {POS_ALL, NEG_ALL}),
	X1(floor, 4, {WIDE}, {POS_ALL}, {NEG_ALL}, {R(-4, 4, LIN)}),
	X1(ceil, 4, {WIDE}, {POS_ALL}, {NEG_ALL}, {R(-4, 4, LIN)}),
	X1(trunc, 4, {WIDE}, {POS_ALL}, {NEG_ALL}, {R(-4, 4, LIN)}),
	X1(round, 4, {WIDE}, {POS_ALL}, {NEG_ALL}, {R(-4, 4, LIN)}),
	X1(rint, 4, {WIDE}, {POS_ALL}, {NEG_ALL}, {R(-4, 4, LIN)}),
	X1(nearbyint, 4, {WIDE}, {POS_ALL}, {NEG_ALL}, {R(-4, 4, LIN)}),
	X1(logb, 4, {POS_ALL}, {NEG_ALL}),
	X1(ilogb, 4, {POS_ALL}, {NEG_ALL}),
	X1(fabs, 4, {POS_ALL}, {NEG_ALL}),
	X1(lround, 4, {R(-0x1p62, 0x1p62, LIN)}, {R(-8, 8, LIN)}, {R(0x1p-1074, 0x1p62, LOG)}),
	X1(lrint, 4, {R(-0x1p62, 0x1p62, LIN)}, {R(-8, 8, LIN)}, {R(0x1p-1074, 0x1p62, LOG)}),
	XL(frexp, 1, 4, {POS_ALL}, {NEG_ALL}),
	XL(modf, 1, 4, {POS_ALL}, {NEG_ALL}, {R(-8, 8, LIN)}),
	X2(ldexp, 4, {ALL_D, R(-2200, 2200, LIN)}, {POS_ALL, R(-60, 60, LIN)}),
	X2(remquo, 4, {ALL_D, POS_ALL}, {R(-100, 100, LIN), R(-10, 10, LIN)}, {POS_ALL, NEG_ALL}),
	X2(fmin, 4, {ALL_D, POS_ALL}, {R(-1, 1, LIN), R(-1, 1, LIN)}),
	X2(fmax, 4, {ALL_D, POS_ALL}, {R(-1, 1, LIN), R(-1, 1, LIN)}),
	X2(fdim, 4, {ALL_D, POS_ALL}, {R(-1, 1, LIN), R(-1, 1, LIN)}),
	X2(copysign, 4, {ALL_D, POS_ALL}, {POS_ALL, NEG_ALL}),
	{"nextafter", 2, 0, o_nextafter, o_nextafterf, o_nextafterl, 0, r_nextafter, r_nextafterf, r_nextafterl,
	 4, 4, {{ALL_D, POS_ALL}, {R(-1, 1, LIN), R(-1, 1, LIN)}}, NULL, 0, 0},
	BESSEL(j0, R(-0x1p1023, -0x1p-1074, LOG)), BESSEL(j1, R(-0x1p1023, -0x1p-1074, LOG)),
	BESSEL(y0, R(0x1p-1074, 1, LOG)), BESSEL(y1, R(0x1p-1020, 1, LOG)),
	BESSEL_N(jn, R(0, 60, LIN)), BESSEL_N(yn, R(0, 60, LIN)),
	{"fma", 3, 0, o_fma, o_fmaf, o_fmal, r_fma, r_fma_d, r_fma_f, r_fma, 1, 8,
	 {{R(-10, 10, LIN), R(-10, 10, LIN), R(-100, 100, LIN)},
	  {POS_ALL, NEG_ALL, POS_ALL},
	  {R(1, 2, LIN), R(1, 2, LIN), R(-4, -1, LIN)}}, NULL, 0, 0},
};

/* For float, LOG ranges are clipped to the float range (and LIN ones too). */
static struct range clip(enum fmt f, struct range r)
{
	if (f != F32)
		return r;
	double big = FLT_MAX, tiny = 0x1p-149;
	if (r.lo < -big)
		r.lo = -big;
	if (r.hi > big)
		r.hi = big;
	if (r.mode == LOG) {
		if (r.lo > 0 && r.lo < tiny)
			r.lo = tiny;
		if (r.hi < 0 && r.hi > -tiny)
			r.hi = -tiny;
	}
	if (r.lo > r.hi)
		r.lo = r.hi;
	return r;
}

static void qstr(char *buf, size_t n, enum fmt f, q x)
{
	if (f == F128) {
		/* glibc's printf cannot print __float128: exactly, as the sum of
		 * three doubles (159 bits >= 113). */
		double hi = (double)x;
		double mid = (double)(x - hi);
		double lo = (double)(x - hi - mid);
		snprintf(buf, n, "%a%+a%+a", hi, mid, lo);
	} else {
		snprintf(buf, n, "%a", (double)x);
	}
}

int main(int argc, char **argv)
{
	long cases = 200000;
	const char *table = NULL;
	int first_name = argc;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-n") && i + 1 < argc)
			cases = atol(argv[++i]);
		else if (!strcmp(argv[i], "-s") && i + 1 < argc)
			rng_state ^= strtoull(argv[++i], NULL, 0) * 0x2545f4914f6cdd1du;
		else if (!strcmp(argv[i], "-o") && i + 1 < argc)
			table = argv[++i];
		else {
			first_name = i;
			break;
		}
	}
	FILE *out = NULL;
	if (table) {
		out = fopen(table, "w");
		if (!out) {
			perror(table);
			return 2;
		}
	}
	int have_mpfr = mp_open();
	lgamma_zeros(have_mpfr);
	printf("long double reference: %s\n", have_mpfr ? "MPFR at 256 bits (libmpfr.so.6)"
							  : "glibc's binary128 functions (libmpfr.so.6 not found)");
	if (out)
		fprintf(out, "# libm accuracy\n\nWritten by `make libm-accuracy` (tests/libc-native/libm_accuracy.c, "
			     "-n %ld); docs/libm.md explains the references, the inputs and the bounds. "
			     "Exact functions and long double draw fewer inputs (the inputs column).\n",
			cases);
	if (out)
		fprintf(out, "\nLong double reference: %s.\n\n",
			have_mpfr ? "MPFR at 256 bits" : "glibc's binary128 functions (MPFR not found)");
	if (out)
		fprintf(out, "| function | bound (ulp) | max error (ulp) | worst input | inputs |\n"
			     "| --- | ---: | ---: | --- | ---: |\n");
	int failed = 0, tried = 0, info_rows = 0;
	for (enum fmt f = F64; ; f = f == F64 ? F32 : F128) {
		for (size_t s = 0; s < sizeof specs / sizeof specs[0]; s++) {
			const struct spec *sp = &specs[s];
			char name[32];
			snprintf(name, sizeof name, "%s%s", sp->base, formats[f].suffix);
			if (first_name < argc) {
				int want = 0;
				for (int i = first_name; i < argc; i++)
					want |= !strcmp(argv[i], name);
				if (!want)
					continue;
			}
			fn_t ours = f == F32 ? sp->of : f == F64 ? sp->od : sp->ol;
			if (ours == NULL)
				continue; /* no long double form */
			if (sp->mpfr && !have_mpfr) {
				printf("%-12s skipped: its reference is MPFR\n", name);
				continue;
			}
			static const char *zeros_of;
			if (sp->zeros && zeros_of != sp->mpfr) {
				find_zeros(sp->mpfr);
				zeros_of = sp->mpfr;
			}
			fn_t ref = sp->ref;
			if (f == F64 && sp->refd)
				ref = sp->refd;
			if (f == F32 && sp->reff)
				ref = sp->reff;
			if (f == F128 && sp->refl)
				ref = sp->refl;
			/* binary128 results of the approximate functions: MPFR's */
			char mpbuf[32];
			const char *mpname = NULL;
			if (f == F128 && have_mpfr && sp->bound != 0 && sp->arity <= 2) {
				const char *b = strncmp(sp->base, "lgamma", 6) == 0 ? "lgamma"
					      : !strcmp(sp->base, "tgamma")    ? "gamma"
									       : sp->base;
				snprintf(mpbuf, sizeof mpbuf, "%s%s", strcmp(b, "lgamma") ? "mpfr_" : "", b);
				mpname = mpbuf;
			}
			if (sp->mpfr)
				mpname = sp->mpfr;
			long n = cases / sp->weight / (f == F128 ? sp->lweight : 1);
			if (n < 100)
				n = 100;
			int nsets = 0;
			while (nsets < MAXSETS && (sp->sets[nsets][0].lo != 0 || sp->sets[nsets][0].hi != 0))
				nsets++;
			double worst = 0;
			q worst_in[3] = {0, 0, 0};
			q worst_got = 0, worst_ref = 0;
			for (long i = 0; i < n; i++) {
				q a[3] = {0, 0, 0};
				for (int k = 0; k < sp->arity; k++) {
					struct range r = clip(f, sp->sets[i % nsets][k]);
					a[k] = draw(f, &r);
				}
				/* ldexp's exponent and jn's and yn's order are integers. */
				if (!strcmp(sp->base, "ldexp"))
					a[1] = (q)(long)a[1];
				if (sp->mpfr && sp->arity == 2)
					a[0] = (q)(long)a[0];
				q got = ours(a), want, want_lo = 0;
				if (mpname) {
					want = mp_eval(mpname, sp->arity, a, &want_lo);
					if (want != want || q_isinf(want))
						want_lo = 0;
				} else {
					want = ref(a);
				}
				double e = ulp_error(f, got, want);
				if (want_lo != 0 && e < 1e9 && !q_isinf(got)) /* against hi + lo, in ulps of hi */
					e = (double)(fabsf128((got - want) - want_lo) / ulp_at(f, want));
				if (e > worst || e != e) {
					worst = e;
					memcpy(worst_in, a, sizeof a);
					worst_got = got;
					worst_ref = want;
				}
			}
			double bound = sp->bound;
			int bad = !sp->info && !(worst <= bound);
			failed += bad;
			tried += !sp->info;
			info_rows += sp->info;
			char in[3][96], got_s[96], ref_s[96];
			for (int k = 0; k < 3; k++)
				qstr(in[k], sizeof in[k], f, worst_in[k]);
			qstr(got_s, sizeof got_s, f, worst_got);
			qstr(ref_s, sizeof ref_s, f, worst_ref);
			char args[300];
			snprintf(args, sizeof args, "%s%s%s%s%s", in[0], sp->arity > 1 ? ", " : "",
				 sp->arity > 1 ? in[1] : "", sp->arity > 2 ? ", " : "", sp->arity > 2 ? in[2] : "");
			char bound_s[16];
			snprintf(bound_s, sizeof bound_s, sp->info ? "-" : "%g", bound);
			printf("%-12s bound %-4s max %-10.4g at (%s) got %s want %s, %ld inputs%s\n", name, bound_s,
			       worst, args, got_s, ref_s, n, bad ? "  FAIL" : "");
			fflush(stdout);
			if (out)
				fprintf(out, "| %s | %s | %.3f%s | %s | %ld |\n", name, bound_s, worst,
					bad ? " **over**" : "",
					worst > 0 ? args : "", n);
		}
		if (f == F128)
			break;
	}
	if (out)
		fclose(out);
	if (info_rows)
		printf("(%d rows of glibc's functions, measured for comparison)\n", info_rows);
	printf("%d passed, %d failed\n", tried - failed, failed);
	return failed != 0;
}
