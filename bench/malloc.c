/*
 * Allocator micro-benchmark, native: libc/src/malloc/ built for the host
 * (make bench-malloc; see libc/malloc.mk for the renaming) next to glibc's
 * malloc on the same loops.  Prints a table of nanoseconds per operation.
 * The point is the shape, not the numbers: small malloc/free pairs cost the
 * same whatever the heap holds, and batches scale linearly.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* glibc's own allocator, under the names it also exports. */
void *__libc_malloc(size_t size);
void __libc_free(void *ptr);

struct allocator {
	const char *name;
	void *(*alloc)(size_t);
	void (*release)(void *);
};

static void *ours_alloc(size_t n)
{
	return malloc(n); /* renamed to the allocator under test */
}

static void ours_release(void *p)
{
	free(p);
}

static const struct allocator allocators[] = {
	{"w64", ours_alloc, ours_release},
	{"glibc", __libc_malloc, __libc_free},
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static uint64_t rng = 12345;

static size_t rnd_below(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (size_t)(rng % n);
}

static void *volatile sink;

/* n pairs of malloc(16 … 271) and free. */
static double pairs(const struct allocator *a, size_t n)
{
	double t = now();
	for (size_t i = 0; i < n; i++) {
		void *p = a->alloc(16 + (i & 255));
		sink = p;
		a->release(p);
	}
	return (now() - t) * 1e9 / (double)n;
}

/* The same pairs with `holes` free chunks of one size waiting in a bin. */
static double pairs_with_holes(const struct allocator *a, size_t n, size_t holes)
{
	void **v = __libc_malloc(2 * holes * sizeof *v);
	for (size_t i = 0; i < 2 * holes; i++)
		v[i] = a->alloc(64);
	for (size_t i = 0; i < 2 * holes; i += 2)
		a->release(v[i]);
	double t = now();
	for (size_t i = 0; i < n; i++) {
		void *p = a->alloc(64);
		sink = p;
		a->release(p);
	}
	double ns = (now() - t) * 1e9 / (double)n;
	for (size_t i = 1; i < 2 * holes; i += 2)
		a->release(v[i]);
	__libc_free(v);
	return ns;
}

/* n blocks of [lo, hi) bytes, then all freed in a random order; ns per
 * malloc + free. */
static double batch(const struct allocator *a, size_t n, size_t lo, size_t hi)
{
	void **v = __libc_malloc(n * sizeof *v);
	size_t *order = __libc_malloc(n * sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	for (size_t i = n; i > 1; i--) {
		size_t j = rnd_below(i), x = order[i - 1];
		order[i - 1] = order[j];
		order[j] = x;
	}
	double t = now();
	for (size_t i = 0; i < n; i++)
		v[i] = a->alloc(lo + rnd_below(hi - lo));
	for (size_t i = 0; i < n; i++)
		a->release(v[order[i]]);
	double ns = (now() - t) * 1e9 / (double)n;
	__libc_free(order);
	__libc_free(v);
	return ns;
}

/* A pool of `slots` live blocks of [lo, hi) bytes, ops random
 * replacements (free one, allocate another); ns per replacement. */
static double churn(const struct allocator *a, size_t slots, size_t ops, size_t lo, size_t hi)
{
	void **v = __libc_malloc(slots * sizeof *v);
	for (size_t i = 0; i < slots; i++)
		v[i] = a->alloc(lo + rnd_below(hi - lo));
	double t = now();
	for (size_t k = 0; k < ops; k++) {
		size_t i = rnd_below(slots);
		a->release(v[i]);
		v[i] = a->alloc(lo + rnd_below(hi - lo));
	}
	double ns = (now() - t) * 1e9 / (double)ops;
	for (size_t i = 0; i < slots; i++)
		a->release(v[i]);
	__libc_free(v);
	return ns;
}

int main(void)
{
	printf("%-48s %10s %10s\n", "ns per operation", allocators[0].name, allocators[1].name);
	struct {
		const char *what;
		int kind;
		size_t a, b, c, d;
	} rows[] = {
		{"malloc+free pairs, 16-271 B, 10M", 0, 10000000, 0, 0, 0},
		{"  same, 64 B, 10k free 64 B chunks in the bin", 1, 10000000, 10000, 0, 0},
		{"  same, 64 B, 1M free 64 B chunks in the bin", 1, 10000000, 1000000, 0, 0},
		{"batch 100k x 16-512 B, free shuffled", 2, 100000, 16, 512, 0},
		{"batch 1M x 16-512 B, free shuffled", 2, 1000000, 16, 512, 0},
		{"batch 4M x 16-512 B, free shuffled", 2, 4000000, 16, 512, 0},
		{"churn 1k live x 1-64 KiB, 2M replacements", 3, 1000, 2000000, 1024, 65536},
		{"churn 10k live x 1-64 KiB, 2M replacements", 3, 10000, 2000000, 1024, 65536},
		{"churn 100k live x 16 B-1 KiB, 4M replacements", 3, 100000, 4000000, 16, 1024},
		{"churn 1M live x 16 B-1 KiB, 4M replacements", 3, 1000000, 4000000, 16, 1024},
	};
	for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
		printf("%-48s", rows[r].what);
		for (size_t k = 0; k < 2; k++) {
			const struct allocator *a = &allocators[k];
			double ns = 0;
			rng = 12345 + r;
			switch (rows[r].kind) {
			case 0: ns = pairs(a, rows[r].a); break;
			case 1: ns = pairs_with_holes(a, rows[r].a, rows[r].b); break;
			case 2: ns = batch(a, rows[r].a, rows[r].b, rows[r].c); break;
			default: ns = churn(a, rows[r].a, rows[r].b, rows[r].c, rows[r].d); break;
			}
			printf(" %10.1f", ns);
		}
		printf("\n");
		fflush(stdout);
	}
	return 0;
}
