/*
 * qsort: sorts, keeps the multiset, handles every element size, and stays
 * O(n log n) in comparisons on inputs that make naive quicksorts
 * quadratic — sorted, reversed, all equal, organ pipe, and McIlroy's
 * "killer adversary", which builds the worst input for any quicksort as
 * it is being sorted.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define N 20000

static int a[N], b[N];
static long comparisons;

static int cmp_int(const void *x, const void *y)
{
	int p = *(const int *)x, q = *(const int *)y;
	comparisons++;
	return (p > q) - (p < q);
}

static unsigned log2_floor(unsigned n)
{
	unsigned l = 0;
	while (n >>= 1)
		l++;
	return l;
}

/* True when a[0..n) is sorted and a permutation of b (counted sort). */
static int sorted_permutation(const int *x, const int *orig, int n, int range)
{
	static int count[N + 1];
	memset(count, 0, sizeof count);
	for (int i = 0; i < n; i++)
		count[orig[i] % (range + 1)]++;
	for (int i = 0; i < n; i++) {
		if (i > 0 && x[i - 1] > x[i])
			return 0;
		if (--count[x[i] % (range + 1)] < 0)
			return 0;
	}
	return 1;
}

/* Sorts a pattern and checks the result and the comparison count. */
static void pattern(int n, int (*gen)(int i, int n))
{
	for (int i = 0; i < n; i++)
		a[i] = b[i] = gen(i, n);
	comparisons = 0;
	qsort(a, (size_t)n, sizeof a[0], cmp_int);
	CHECK(sorted_permutation(a, b, n, N));
	CHECK(comparisons <= 4L * n * (log2_floor((unsigned)n) + 1));
}

static int g_sorted(int i, int n) { (void)n; return i; }
static int g_reversed(int i, int n) { return n - i; }
static int g_equal(int i, int n) { (void)i; (void)n; return 7; }
static int g_organ(int i, int n) { return i < n / 2 ? i : n - i; }
static int g_sawtooth(int i, int n) { (void)n; return i % 97; }
static int g_random(int i, int n) { (void)i; return rand() % n; }
static int g_few(int i, int n) { (void)i; (void)n; return rand() % 3; }

/* McIlroy's adversary: values are decided ("frozen") lazily, in the way
 * that makes the sort's pivot choices as bad as possible. */
static int *adv_val, adv_gas, adv_nsolid, adv_candidate;

static int cmp_adversary(const void *px, const void *py)
{
	int x = *(const int *)px, y = *(const int *)py;
	comparisons++;
	if (adv_val[x] == adv_gas && adv_val[y] == adv_gas) {
		if (x == adv_candidate)
			adv_val[x] = adv_nsolid++;
		else
			adv_val[y] = adv_nsolid++;
	}
	if (adv_val[x] == adv_gas)
		adv_candidate = x;
	else if (adv_val[y] == adv_gas)
		adv_candidate = y;
	return (adv_val[x] > adv_val[y]) - (adv_val[x] < adv_val[y]);
}

static void adversary(int n)
{
	static int val[N];
	adv_val = val;
	adv_gas = n;
	adv_nsolid = 0;
	adv_candidate = 0;
	for (int i = 0; i < n; i++) {
		a[i] = i;
		val[i] = adv_gas;
	}
	comparisons = 0;
	qsort(a, (size_t)n, sizeof a[0], cmp_adversary);
	int ok = 1;
	for (int i = 1; i < n; i++)
		ok &= val[a[i - 1]] <= val[a[i]];
	CHECK(ok);
	CHECK(comparisons <= 6L * n * (log2_floor((unsigned)n) + 1));
}

/* Elements of any size: a key and padding that must travel with it. */
#define DEFINE_SIZED(size)                                                              \
	struct rec##size {                                                              \
		unsigned char key;                                                      \
		unsigned char pad[size - 1];                                            \
	};                                                                              \
	static int cmp_rec##size(const void *x, const void *y)                          \
	{                                                                               \
		return ((const struct rec##size *)x)->key - ((const struct rec##size *)y)->key; \
	}                                                                               \
	static int sized##size(void)                                                    \
	{                                                                               \
		static struct rec##size r[300];                                         \
		for (int i = 0; i < 300; i++) {                                         \
			r[i].key = (unsigned char)(rand() % 50);                        \
			memset(r[i].pad, r[i].key, sizeof r[i].pad);                    \
		}                                                                       \
		qsort(r, 300, sizeof r[0], cmp_rec##size);                              \
		int ok = 1;                                                             \
		for (int i = 0; i < 300; i++) {                                         \
			ok &= i == 0 || r[i - 1].key <= r[i].key;                       \
			for (size_t k = 0; k < sizeof r[i].pad; k++)                    \
				ok &= r[i].pad[k] == r[i].key;                          \
		}                                                                       \
		return ok;                                                              \
	}

DEFINE_SIZED(2)
DEFINE_SIZED(3)
DEFINE_SIZED(8)
DEFINE_SIZED(13)
DEFINE_SIZED(24)
DEFINE_SIZED(64)

static int cmp_byte(const void *x, const void *y)
{
	return *(const unsigned char *)x - *(const unsigned char *)y;
}

int main(void)
{
	for (int n = 0; n <= 40; n++) {
		pattern(n, g_random);
		pattern(n, g_few);
		pattern(n, g_reversed);
	}
	pattern(N, g_sorted);
	pattern(N, g_reversed);
	pattern(N, g_equal);
	pattern(N, g_organ);
	pattern(N, g_sawtooth);
	pattern(N, g_random);
	pattern(N, g_few);
	adversary(N);
	adversary(1000);

	unsigned char bytes[1000];
	for (int i = 0; i < 1000; i++)
		bytes[i] = (unsigned char)rand();
	qsort(bytes, sizeof bytes, 1, cmp_byte);
	int ok = 1;
	for (int i = 1; i < 1000; i++)
		ok &= bytes[i - 1] <= bytes[i];
	CHECK(ok);
	CHECK(sized2() && sized3() && sized8() && sized13() && sized24() && sized64());
	qsort(NULL, 0, sizeof(int), cmp_int); /* nothing to do, nothing touched */
	return check_summary();
}
