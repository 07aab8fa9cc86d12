/* stdlib.h: integer arithmetic, bsearch, rand, getenv.  Run with
 * W64_TEST_VAR="hello world" and W64_EMPTY= in the environment. */
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static void arithmetic(void)
{
	CHECK(abs(-5) == 5 && abs(5) == 5 && abs(0) == 0 && abs(-INT_MAX) == INT_MAX);
	CHECK(labs(-5L) == 5 && labs(LONG_MIN + 1) == LONG_MAX);
	CHECK(llabs(-5LL) == 5 && imaxabs(-INTMAX_MAX) == INTMAX_MAX);
	div_t d = div(-7, 2);
	CHECK(d.quot == -3 && d.rem == -1); /* truncation toward zero */
	ldiv_t ld = ldiv(7L, -2L);
	CHECK(ld.quot == -3 && ld.rem == 1);
	lldiv_t lld = lldiv(LLONG_MIN, 10);
	CHECK(lld.quot == LLONG_MIN / 10 && lld.rem == -8);
	imaxdiv_t id = imaxdiv(100, 7);
	CHECK(id.quot == 14 && id.rem == 2);
}

static void searching(void)
{
	int a[100];
	for (int i = 0; i < 100; i++)
		a[i] = 2 * i;
	int ok = 1;
	for (int key = -1; key <= 200; key++) {
		int *p = bsearch(&key, a, 100, sizeof a[0], cmp_int);
		ok &= key % 2 == 0 && key >= 0 && key < 200 ? p == &a[key / 2] : p == NULL;
	}
	CHECK(ok);
	int key = 3;
	CHECK(bsearch(&key, a, 0, sizeof a[0], cmp_int) == NULL);
	key = 0;
	CHECK(bsearch(&key, a, 1, sizeof a[0], cmp_int) == &a[0]);
}

static void random_numbers(void)
{
	int first[8], again[8], in_range = 1, varied = 0;
	for (int i = 0; i < 8; i++)
		first[i] = rand();
	srand(1); /* the initial state */
	for (int i = 0; i < 8; i++)
		again[i] = rand();
	CHECK(memcmp(first, again, sizeof first) == 0);
	srand(12345);
	int prev = rand();
	for (int i = 0; i < 10000; i++) {
		int r = rand();
		in_range &= r >= 0 && r <= RAND_MAX;
		varied += r != prev;
		prev = r;
	}
	CHECK(in_range && varied > 9990);
	srand(12345);
	CHECK(rand() == (srand(12345), rand()));
	/* Low bits are not stuck (an LCG's lowest bit alternates). */
	int low_ones = 0;
	for (int i = 0; i < 1000; i++)
		low_ones += rand() & 1;
	CHECK(low_ones > 400 && low_ones < 600);
}

static void environment(void)
{
	const char *v = getenv("W64_TEST_VAR");
	CHECK(v != NULL && strcmp(v, "hello world") == 0);
	v = getenv("W64_EMPTY");
	CHECK(v != NULL && v[0] == '\0');
	CHECK(getenv("W64_TEST") == NULL);      /* a prefix of a name */
	CHECK(getenv("W64_TEST_VAR=") == NULL); /* no name contains '=' */
	CHECK(getenv("") == NULL);
	CHECK(getenv("W64_NO_SUCH_VARIABLE") == NULL);
	CHECK(getenv("W64_TEST_VAR") == getenv("W64_TEST_VAR")); /* loaded once */
}

int main(void)
{
	arithmetic();
	searching();
	random_numbers();
	environment();
	return check_summary();
}
