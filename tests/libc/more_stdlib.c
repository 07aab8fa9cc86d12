/* stdlib.h extras: the rand48 family, random/srandom/initstate/setstate
 * and rand_r (glibc's sequences: the expected numbers are what glibc
 * 2.36 returns; tests/libc-native/more_diff.c compares long runs),
 * a64l/l64a, ecvt/fcvt/gcvt, qsort_r, reallocarray, getsubopt,
 * at_quick_exit/quick_exit ("quick" argument: the program ends there). */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static void sequences(void)
{
	CHECK(drand48() == 0x1.6p-45);
	CHECK(lrand48() == 2116118L);
	CHECK(mrand48() == 178803790L);
	srand48(1234);
	CHECK(lrand48() == 1591021091L);
	CHECK(lrand48() == 460710097L);
	CHECK(mrand48() == 1452540047L);
	CHECK(drand48() == 0x1.4ae43c518bc8p-2);
	srand48(-5);
	CHECK(lrand48() == 1754100061L);
	unsigned short x[3] = {1, 2, 3};
	CHECK(nrand48(x) == 949179875L);
	CHECK(jrand48(x) == 1130126687L);
	CHECK(erand48(x) == 0x1.4eeb35863be4p-1);
	CHECK(x[0] == 7666L);
	CHECK(x[1] == 39619L);
	CHECK(x[2] == 42869L);
	unsigned short p[7] = {1, 2, 3, 4, 5, 6, 7};
	lcong48(p);
	CHECK(lrand48() == 917510L);
	CHECK(lrand48() == 7962677L);
	unsigned short s[3] = {9, 8, 7};
	unsigned short *o = seed48(s);
	CHECK(o[0] == 51L);
	CHECK(o[1] == 107L);
	CHECK(o[2] == 243L);
	CHECK(lrand48() == 575374558L);
	CHECK(random() == 1804289383L);
	CHECK(random() == 846930886L);
	CHECK(random() == 1681692777L);
	srandom(42);
	CHECK(random() == 71876166L);
	CHECK(random() == 708592740L);
	static char st[8], st2[32], st3[256];
	char *old = initstate(7, st, 8);
	CHECK(random() == 1282168116L);
	CHECK(random() == 642666333L);
	initstate(7, st2, 32);
	CHECK(random() == 1380991591L);
	CHECK(random() == 1769076016L);
	initstate(7, st3, 256);
	CHECK(random() == 1845920155L);
	CHECK(random() == 920894829L);
	CHECK(setstate(old) == st3);
	CHECK(random() == 1483128881L);
	srandom(0x80000001u);
	CHECK(random() == 1081815585L);
	unsigned r = 1;
	CHECK(rand_r(&r) == 476707713L);
	CHECK(rand_r(&r) == 1186278907L);
	CHECK(rand_r(&r) == 505671508L);
	CHECK(r == 3210001534L);
	CHECK(a64l("/") == 1L);
	CHECK(a64l("./") == 64L);
	CHECK(a64l("zzzzzz") == 4294967295L);
	CHECK(a64l("zzzzzzzz") == 4294967295L);
	CHECK(a64l("a!b") == 38L);
}

static void radix64(void)
{
	CHECK(strcmp(l64a(0), "") == 0);
	CHECK(strcmp(l64a(1), "/") == 0);
	CHECK(strcmp(l64a(64), "./") == 0);
	CHECK(strcmp(l64a(-1), "zzzzz1") == 0); /* the low 32 bits */
	CHECK(strcmp(l64a(0x100000000L + 2), "0") == 0);
	int ok = 1;
	for (long v = 0; v < 5000000; v += 997)
		ok &= a64l(l64a(v)) == v;
	ok &= a64l(l64a(0xfedcba98L)) == 0xfedcba98L;
	CHECK(ok);
	CHECK(a64l("") == 0);
}

static void cvt(void)
{
	int d, s;
	char *p = ecvt(3.14159, 3, &d, &s);
	CHECK(strcmp(p, "314") == 0 && d == 1 && s == 0);
	p = ecvt(-99.96, 3, &d, &s); /* carries into a fourth digit, as glibc */
	CHECK(strcmp(p, "1000") == 0 && d == 3 && s == 1);
	p = ecvt(0.0, 3, &d, &s);
	CHECK(strcmp(p, "000") == 0 && d == 1 && s == 0);
	p = ecvt(-0.0, 2, &d, &s);
	CHECK(strcmp(p, "00") == 0 && d == 1 && s == 1);
	p = ecvt(123.0, 0, &d, &s);
	CHECK(strcmp(p, "") == 0 && d == 3);
	p = ecvt(1.0 / 3, 30, &d, &s); /* at most 17 digits */
	CHECK(strcmp(p, "33333333333333331") == 0 && d == 0);
	p = ecvt(5e-324, 4, &d, &s);
	CHECK(strcmp(p, "4941") == 0 && d == -323);
	p = ecvt(0.3, 17, &d, &s); /* glibc's scaling by 10 gives 30000000000000000 */
	CHECK(strcmp(p, "29999999999999999") == 0 && d == 0);
	p = fcvt(0.00123, 5, &d, &s);
	CHECK(strcmp(p, "123") == 0 && d == -2);
	p = fcvt(0.0001, 2, &d, &s);
	CHECK(strcmp(p, "") == 0 && d == -2);
	p = fcvt(12345.678, 2, &d, &s);
	CHECK(strcmp(p, "1234568") == 0 && d == 5);
	p = fcvt(15.0, -2, &d, &s);
	CHECK(strcmp(p, "20") == 0 && d == 2);
	p = fcvt(12345.0, -2, &d, &s);
	CHECK(strcmp(p, "12300") == 0 && d == 5);
	p = fcvt(1250.0, -2, &d, &s); /* a tie: to even */
	CHECK(strcmp(p, "1200") == 0 && d == 4);
	p = fcvt(1250.5, -2, &d, &s);
	CHECK(strcmp(p, "1300") == 0 && d == 4);
	p = fcvt(9960.0, -2, &d, &s);
	CHECK(strcmp(p, "10000") == 0 && d == 5);
	p = fcvt(0.3, 0, &d, &s);
	CHECK(strcmp(p, "0") == 0 && d == 1);
	p = fcvt(-1.5, 0, &d, &s);
	CHECK(strcmp(p, "2") == 0 && d == 1 && s == 1);
	p = fcvt(-__builtin_inf(), 2, &d, &s);
	CHECK(strcmp(p, "-inf") == 0 && d == 0 && s == 0);
	p = fcvt(1e300, 3, &d, &s);
	CHECK(strlen(p) == 304 && d == 301 && p[0] == '1');
	char buf[40];
	CHECK(strcmp(gcvt(3.14159, 3, buf), "3.14") == 0);
	CHECK(strcmp(gcvt(1e20, 25, buf), "1e+20") == 0);
	CHECK(strcmp(gcvt(0.1, 40, buf), "0.10000000000000001") == 0);
}

static int by_key(const void *a, const void *b, void *arg)
{
	const int *x = a, *y = b;
	++*(int *)arg;
	return (*x > *y) - (*x < *y);
}

static int backwards(const void *a, const void *b, void *arg)
{
	return -by_key(a, b, arg);
}

static void sort_r(void)
{
	int v[1000], calls = 0;
	for (int i = 0; i < 1000; i++)
		v[i] = (i * 7919) % 1000;
	qsort_r(v, 1000, sizeof v[0], by_key, &calls);
	int ok = 1;
	for (int i = 0; i < 1000; i++)
		ok &= v[i] == i;
	CHECK(ok);
	CHECK(calls > 1000 && calls < 30000);
	qsort_r(v, 1000, sizeof v[0], backwards, &calls);
	ok = 1;
	for (int i = 0; i < 1000; i++)
		ok &= v[i] == 999 - i;
	CHECK(ok);
	qsort_r(v, 0, sizeof v[0], by_key, &calls);
	qsort_r(NULL, 0, 0, by_key, &calls);
}

/* Called through a volatile pointer: clang knows reallocarray as an
 * allocator and assumes it leaves errno alone (and may drop an unused
 * allocation altogether). */
static void *(*volatile reallocarray_p)(void *, size_t, size_t) = reallocarray;
static void *volatile escape;

static void alloc(void)
{
	errno = 0;
	escape = reallocarray_p(NULL, SIZE_MAX / 2, 3);
	CHECK(escape == NULL && errno == ENOMEM);
	int *p = reallocarray(NULL, 100, sizeof(int));
	CHECK(p != NULL);
	p[99] = 7;
	p = reallocarray(p, 200, sizeof(int));
	CHECK(p != NULL && p[99] == 7);
	errno = 0;
	escape = reallocarray_p(p, SIZE_MAX / 4, 8);
	CHECK(escape == NULL && errno == ENOMEM);
	free(p);
}

static void subopts(void)
{
	char *const tokens[] = {"ro", "rw", "size", "mode", NULL};
	char opts[] = "ro,size=100,bogus=1,mode=,rw,,x";
	char *o = opts, *value;
	CHECK(getsubopt(&o, tokens, &value) == 0 && value == NULL);
	CHECK(getsubopt(&o, tokens, &value) == 2 && strcmp(value, "100") == 0);
	CHECK(getsubopt(&o, tokens, &value) == -1 && strcmp(value, "bogus=1") == 0);
	CHECK(getsubopt(&o, tokens, &value) == 3 && strcmp(value, "") == 0);
	CHECK(getsubopt(&o, tokens, &value) == 1 && value == NULL);
	CHECK(getsubopt(&o, tokens, &value) == -1 && strcmp(value, "") == 0);
	CHECK(getsubopt(&o, tokens, &value) == -1 && strcmp(value, "x") == 0);
	CHECK(*o == '\0' && getsubopt(&o, tokens, &value) == -1);
	char prefix[] = "siz=1,sizes";
	o = prefix;
	CHECK(getsubopt(&o, tokens, &value) == -1);
	CHECK(getsubopt(&o, tokens, &value) == -1);
}

static void first(void) { check_put("first quick handler\n"); }
static void second(void) { check_put("second quick handler\n"); }
static void not_run(void) { check_put("atexit handler (must not run)\n"); }

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "quick") == 0) {
		CHECK(atexit(not_run) == 0);
		CHECK(at_quick_exit(first) == 0);
		CHECK(at_quick_exit(second) == 0);
		check_summary();
		quick_exit(5);
	}
	sequences();
	radix64();
	cvt();
	sort_r();
	alloc();
	subopts();
	return check_summary();
}
