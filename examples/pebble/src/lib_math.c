/*
 * The math library: the C99 <math.h> functions over doubles, min/max, and
 * a seeded random number generator of our own (rand() differs from one C
 * library to the next, and the same seed must give the same numbers
 * everywhere).
 */
#include <math.h>
#include <stdint.h>

#include "builtins.h"
#include "interp.h"

typedef double (*Fn1)(double);
typedef double (*Fn2)(double, double);

static const struct {
	const char *name;
	Fn1 fn;
} unary_fns[] = {
	{"sqrt", sqrt}, {"cbrt", cbrt}, {"floor", floor}, {"ceil", ceil},
	{"trunc", trunc}, {"round", round}, {"abs", fabs}, {"sin", sin},
	{"cos", cos}, {"tan", tan}, {"asin", asin}, {"acos", acos},
	{"atan", atan}, {"sinh", sinh}, {"cosh", cosh}, {"tanh", tanh},
	{"asinh", asinh}, {"acosh", acosh}, {"atanh", atanh}, {"exp", exp},
	{"exp2", exp2}, {"expm1", expm1}, {"log", log}, {"log2", log2},
	{"log10", log10}, {"log1p", log1p}, {"rint", rint}, {"logb", logb},
};

static const struct {
	const char *name;
	Fn2 fn;
} binary_fns[] = {
	{"atan2", atan2}, {"pow", pow}, {"hypot", hypot}, {"fmod", fmod},
	{"remainder", remainder}, {"copysign", copysign}, {"nextafter", nextafter},
	{"fdim", fdim},
};

/* The running builtin's name picks the C function: the table entries
 * below all share these two implementations. */
static const char *running(Interp *I)
{
	return I->frames[I->depth - 1].builtin;
}

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static int bi_unary(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x;
	if (arg_num(I, args, 0, &x) < 0)
		return -1;
	const char *name = running(I);
	for (size_t i = 0; i < sizeof unary_fns / sizeof unary_fns[0]; i++) {
		if (streq(unary_fns[i].name, name)) {
			*out = v_num(unary_fns[i].fn(x));
			return 0;
		}
	}
	return builtin_error(I, "no such function");
}

static int bi_binary(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x, y;
	if (arg_num(I, args, 0, &x) < 0 || arg_num(I, args, 1, &y) < 0)
		return -1;
	const char *name = running(I);
	for (size_t i = 0; i < sizeof binary_fns / sizeof binary_fns[0]; i++) {
		if (streq(binary_fns[i].name, name)) {
			*out = v_num(binary_fns[i].fn(x, y));
			return 0;
		}
	}
	return builtin_error(I, "no such function");
}

/* min(x, ...) and max(x, ...) over numbers, or over one list of them */
static int min_max(Interp *I, Value *args, int nargs, Value *out, bool want_max)
{
	Value *v = args;
	int n = nargs;
	if (nargs == 1 && is_list(args[0])) {
		v = as_list(args[0])->items;
		n = (int)as_list(args[0])->len;
		if (n == 0)
			return builtin_error(I, "empty list");
	}
	double best = 0;
	for (int i = 0; i < n; i++) {
		if (v[i].kind != V_NUM)
			return builtin_error(I, "expected numbers, got a %s", type_name(v[i]));
		double x = v[i].as.n;
		if (i == 0 || isnan(x) || (want_max ? x > best : x < best))
			best = x;
		if (isnan(best))
			break;
	}
	*out = v_num(best);
	return 0;
}

static int bi_min(Interp *I, Value *args, int nargs, Value *out)
{
	return min_max(I, args, nargs, out, false);
}

static int bi_max(Interp *I, Value *args, int nargs, Value *out)
{
	return min_max(I, args, nargs, out, true);
}

/* frexp(x) -> [mantissa, exponent] */
static int bi_frexp(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x;
	if (arg_num(I, args, 0, &x) < 0)
		return -1;
	int e = 0;
	double m = frexp(x, &e);
	List *l = list_new(&I->heap, 2);
	list_push(l, v_num(m));
	list_push(l, v_num(e));
	*out = v_obj(l);
	return 0;
}

/* modf(x) -> [integral part, fractional part] */
static int bi_modf(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x, ip;
	if (arg_num(I, args, 0, &x) < 0)
		return -1;
	double fp = modf(x, &ip);
	List *l = list_new(&I->heap, 2);
	list_push(l, v_num(ip));
	list_push(l, v_num(fp));
	*out = v_obj(l);
	return 0;
}

static int bi_ldexp(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x;
	long long e;
	if (arg_num(I, args, 0, &x) < 0 || arg_int(I, args, 1, &e) < 0)
		return -1;
	if (e > 100000)
		e = 100000;
	if (e < -100000)
		e = -100000;
	*out = v_num(ldexp(x, (int)e));
	return 0;
}

static int bi_fma(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x, y, z;
	if (arg_num(I, args, 0, &x) < 0 || arg_num(I, args, 1, &y) < 0 || arg_num(I, args, 2, &z) < 0)
		return -1;
	*out = v_num(fma(x, y, z));
	return 0;
}

static int bi_isnan(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x;
	if (arg_num(I, args, 0, &x) < 0)
		return -1;
	*out = v_bool(isnan(x));
	return 0;
}

static int bi_isinf(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x;
	if (arg_num(I, args, 0, &x) < 0)
		return -1;
	*out = v_bool(isinf(x));
	return 0;
}

static int bi_signbit(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	double x;
	if (arg_num(I, args, 0, &x) < 0)
		return -1;
	*out = v_bool(signbit(x) != 0);
	return 0;
}

/* --- random numbers: xorshift64*, seeded by seed(n) --------------------------- */

static int bi_seed(Interp *I, Value *args, int nargs, Value *out)
{
	(void)nargs;
	(void)out;
	long long s;
	if (arg_int(I, args, 0, &s) < 0)
		return -1;
	I->rng = (uint64_t)s * 0x9e3779b97f4a7c15u + 1;
	if (!I->rng)
		I->rng = 1;
	return 0;
}

static uint64_t rng_next(Interp *I)
{
	I->rng ^= I->rng >> 12;
	I->rng ^= I->rng << 25;
	I->rng ^= I->rng >> 27;
	return I->rng * 0x2545f4914f6cdd1du;
}

/* random(): a double in [0, 1); random(n): an integer in 0..n-1 */
static int bi_random(Interp *I, Value *args, int nargs, Value *out)
{
	double r = (double)(rng_next(I) >> 11) * 0x1p-53;
	if (nargs == 0) {
		*out = v_num(r);
		return 0;
	}
	long long n;
	if (arg_int(I, args, 0, &n) < 0)
		return -1;
	if (n < 1)
		return builtin_error(I, "the bound must be at least 1");
	*out = v_num((double)(rng_next(I) % (uint64_t)n));
	return 0;
}

const Builtin math_builtins[] = {
	{"sqrt", bi_unary, 1, 1}, {"cbrt", bi_unary, 1, 1}, {"floor", bi_unary, 1, 1},
	{"ceil", bi_unary, 1, 1}, {"trunc", bi_unary, 1, 1}, {"round", bi_unary, 1, 1},
	{"abs", bi_unary, 1, 1}, {"sin", bi_unary, 1, 1}, {"cos", bi_unary, 1, 1},
	{"tan", bi_unary, 1, 1}, {"asin", bi_unary, 1, 1}, {"acos", bi_unary, 1, 1},
	{"atan", bi_unary, 1, 1}, {"sinh", bi_unary, 1, 1}, {"cosh", bi_unary, 1, 1},
	{"tanh", bi_unary, 1, 1}, {"asinh", bi_unary, 1, 1}, {"acosh", bi_unary, 1, 1},
	{"atanh", bi_unary, 1, 1}, {"exp", bi_unary, 1, 1}, {"exp2", bi_unary, 1, 1},
	{"expm1", bi_unary, 1, 1}, {"log", bi_unary, 1, 1}, {"log2", bi_unary, 1, 1},
	{"log10", bi_unary, 1, 1}, {"log1p", bi_unary, 1, 1}, {"rint", bi_unary, 1, 1},
	{"logb", bi_unary, 1, 1},
	{"atan2", bi_binary, 2, 2}, {"pow", bi_binary, 2, 2}, {"hypot", bi_binary, 2, 2},
	{"fmod", bi_binary, 2, 2}, {"remainder", bi_binary, 2, 2},
	{"copysign", bi_binary, 2, 2}, {"nextafter", bi_binary, 2, 2},
	{"fdim", bi_binary, 2, 2},
	{"min", bi_min, 1, -1}, {"max", bi_max, 1, -1},
	{"frexp", bi_frexp, 1, 1}, {"modf", bi_modf, 1, 1}, {"ldexp", bi_ldexp, 2, 2},
	{"fma", bi_fma, 3, 3}, {"isnan", bi_isnan, 1, 1}, {"isinf", bi_isinf, 1, 1},
	{"signbit", bi_signbit, 1, 1},
	{"seed", bi_seed, 1, 1}, {"random", bi_random, 0, 1},
	{NULL, NULL, 0, 0},
};
