/*
 * qsort and qsort_r: introsort.  Quicksort with a median-of-three pivot
 * (Tukey's ninther on large ranges) and a partition that stops on keys equal to
 * the pivot, so sorted, reversed and all-equal inputs split evenly; when
 * a range has been split more than 2·log2(n) times anyway — an input
 * built against the pivot choice, such as McIlroy's "killer adversary" —
 * it is finished with heapsort instead.  O(n log n) comparisons on every
 * input, no allocation, recursion only into the smaller half (depth at
 * most log2 n).  Small ranges end with insertion sort.  Not stable, as
 * C allows.
 */
#include <stdint.h>
#include <stdlib.h>

#include "w64_sort.h"

typedef const struct w64_order *order_t;

/* qsort's comparisons take two arguments, qsort_r's a third: one engine
 * serves both, calling whichever the caller gave. */
static inline int cmp(const void *a, const void *b, order_t order)
{
	return order->cmp3 ? order->cmp3(a, b, order->arg) : order->cmp2(a, b);
}

/* The elements may be of any type: access them through one that may
 * alias anything. */
typedef uint64_t __attribute__((__may_alias__)) word_t;

#define INSERTION_MAX 12
#define NINTHER_MIN 64

static void swap(char *a, char *b, size_t size)
{
	if (a == b)
		return;
	/* Word copies when both elements are word-aligned in size and place,
	 * as arrays of pointers, longs and most structs are. */
	if (((uintptr_t)a | (uintptr_t)b | size) % sizeof(word_t) == 0) {
		for (size_t i = 0; i < size; i += sizeof(word_t)) {
			word_t t = *(word_t *)(void *)(a + i);
			*(word_t *)(void *)(a + i) = *(word_t *)(void *)(b + i);
			*(word_t *)(void *)(b + i) = t;
		}
		return;
	}
	for (size_t i = 0; i < size; i++) {
		char t = a[i];
		a[i] = b[i];
		b[i] = t;
	}
}

static char *median3(char *a, char *b, char *c, order_t order)
{
	if (cmp(a, b, order) < 0) {
		if (cmp(b, c, order) < 0)
			return b;
		return cmp(a, c, order) < 0 ? c : a;
	}
	if (cmp(a, c, order) < 0)
		return a;
	return cmp(b, c, order) < 0 ? c : b;
}

static void insertion_sort(char *base, size_t n, size_t size, order_t order)
{
	for (size_t i = 1; i < n; i++) {
		for (char *p = base + i * size; p > base && cmp(p - size, p, order) > 0; p -= size)
			swap(p - size, p, size);
	}
}

static void sift_down(char *base, size_t root, size_t n, size_t size, order_t order)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size, order) < 0)
			child++;
		if (cmp(base + root * size, base + child * size, order) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
		root = child;
	}
}

static void heapsort(char *base, size_t n, size_t size, order_t order)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(base, i, n, size, order);
	for (size_t end = n - 1; end > 0; end--) {
		swap(base, base + end * size, size);
		sift_down(base, 0, end, size, order);
	}
}

/*
 * Moves the pivot to base[0], then sweeps i up and j down, both stopping
 * on keys equal to the pivot, swapping the pairs that are out of place.
 * Returns the pivot's final index: everything before it is <= the pivot,
 * everything after >= it.
 */
static size_t partition(char *base, size_t n, size_t size, order_t order)
{
	char *last = base + (n - 1) * size;
	char *mid = base + (n / 2) * size;
	char *pivot;

	if (n >= NINTHER_MIN) {
		size_t step = n / 8 * size;
		pivot = median3(median3(base, base + step, base + 2 * step, order),
				median3(mid - step, mid, mid + step, order),
				median3(last - 2 * step, last - step, last, order), order);
	} else {
		pivot = median3(base, mid, last, order);
	}
	swap(base, pivot, size);

	size_t i = 1, j = n - 1;
	for (;;) {
		while (i <= j && cmp(base + i * size, base, order) < 0)
			i++;
		while (i <= j && cmp(base + j * size, base, order) > 0)
			j--;
		if (i >= j)
			break;
		swap(base + i * size, base + j * size, size);
		i++;
		j--;
	}
	swap(base, base + j * size, size);
	return j;
}

static void introsort(char *base, size_t n, size_t size, order_t order, unsigned depth)
{
	while (n > INSERTION_MAX) {
		if (depth == 0) {
			heapsort(base, n, size, order);
			return;
		}
		depth--;
		size_t p = partition(base, n, size, order);
		char *right = base + (p + 1) * size;
		size_t nright = n - p - 1;
		if (p < nright) {
			introsort(base, p, size, order, depth);
			base = right;
			n = nright;
		} else {
			introsort(right, nright, size, order, depth);
			n = p;
		}
	}
	insertion_sort(base, n, size, order);
}

void __w64_sort(void *base, size_t n, size_t size, const struct w64_order *order)
{
	if (n < 2 || size == 0)
		return;
	unsigned depth = 0;
	for (size_t m = n; m > 1; m >>= 1)
		depth += 2;
	introsort(base, n, size, order, depth);
}
