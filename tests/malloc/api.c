/*
 * The allocator's public functions, as an ordinary program sees them:
 * built with the plain sysroot (no internal header) and run in wasm64-run.
 * Ends with "N passed, N failed" (tests/libc/check.h).
 */
#include <errno.h>
#include <malloc.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/*
 * Checks of what the allocator decides (errno, which block comes back)
 * call it through these volatile pointers, which the optimizer cannot see
 * through.  Called directly, clang may remove a malloc/free pair whose block
 * is never used (allocation elision, which C allows), and clang through 22
 * also assumes malloc never writes errno (llvm-project issue 63142), so at
 * -O2 it folds "errno == ENOMEM" after a failed malloc to false.
 */
static void *(*volatile p_malloc)(size_t) = malloc;
static void *(*volatile p_calloc)(size_t, size_t) = calloc;
static void *(*volatile p_realloc)(void *, size_t) = realloc;
static void *(*volatile p_aligned_alloc)(size_t, size_t) = aligned_alloc;
static void *(*volatile p_memalign)(size_t, size_t) = memalign;
static void (*volatile p_free)(void *) = free;

static int aligned(const void *p, size_t a)
{
	return ((uintptr_t)p & (a - 1)) == 0;
}

static int all_bytes(const unsigned char *p, size_t n, unsigned char v)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != v)
			return 0;
	return 1;
}

static void test_malloc_free(void)
{
	CHECK(_Alignof(max_align_t) == 16);

	/* malloc(0): a unique, freeable pointer. */
	char *z1 = malloc(0), *z2 = malloc(0);
	CHECK(z1 != NULL && z2 != NULL && z1 != z2);
	free(z1);
	free(z2);
	free(NULL);

	/* Every size is 16-aligned and fully usable. */
	void *blocks[64];
	for (size_t i = 0; i < 64; i++) {
		size_t n = i * i * 7 + i;
		blocks[i] = malloc(n);
		CHECK(blocks[i] != NULL);
		CHECK(aligned(blocks[i], 16));
		CHECK(malloc_usable_size(blocks[i]) >= n);
		memset(blocks[i], (int)i, malloc_usable_size(blocks[i]));
	}
	for (size_t i = 0; i < 64; i++) {
		CHECK(all_bytes(blocks[i], malloc_usable_size(blocks[i]), (unsigned char)i));
		free(blocks[i]);
	}

	/* A freed small block is reused by the next request of its size
	 * (the guards keep it from coalescing with a free neighbour). */
	void *guard1 = p_malloc(40);
	void *a = p_malloc(40);
	void *guard2 = p_malloc(40);
	p_free(a);
	void *b = p_malloc(40);
	CHECK(a == b);
	p_free(b);
	p_free(guard1);
	p_free(guard2);

	CHECK(malloc_usable_size(NULL) == 0);
	void *u = malloc(1);
	CHECK(malloc_usable_size(u) == 24);
	free(u);
	u = malloc(100);
	CHECK(malloc_usable_size(u) == 104);
	free(u);
}

static void test_failures(void)
{
	const size_t huge[] = {
		SIZE_MAX, SIZE_MAX / 2, SIZE_MAX - 65535 /* page rounding overflows */,
		(size_t)1 << 48 /* the whole wasm64 address space */,
	};
	for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
		errno = 0;
		CHECK(p_malloc(huge[i]) == NULL);
		CHECK(errno == ENOMEM);
		errno = 0;
		CHECK(p_calloc(1, huge[i]) == NULL);
		CHECK(errno == ENOMEM);
		errno = 0;
		CHECK(p_aligned_alloc(64, huge[i]) == NULL);
		CHECK(errno == ENOMEM);
		void *q = NULL;
		CHECK(posix_memalign(&q, 64, huge[i]) == ENOMEM);
		CHECK(q == NULL);
	}

	/* calloc's multiplication overflows. */
	errno = 0;
	CHECK(p_calloc(SIZE_MAX / 2 + 1, 2) == NULL);
	CHECK(errno == ENOMEM);
	errno = 0;
	CHECK(p_calloc((size_t)1 << 32, (size_t)1 << 32) == NULL);
	CHECK(errno == ENOMEM);

	/* A failed realloc leaves the block alone. */
	char *p = malloc(100);
	memset(p, 'x', 100);
	errno = 0;
	CHECK(p_realloc(p, SIZE_MAX) == NULL);
	CHECK(errno == ENOMEM);
	errno = 0;
	CHECK(p_realloc(p, SIZE_MAX - 65535) == NULL);
	CHECK(errno == ENOMEM);
	CHECK(all_bytes((unsigned char *)p, 100, 'x'));
	free(p);

	/* Bad alignments. */
	errno = 0;
	CHECK(p_aligned_alloc(0, 16) == NULL);
	CHECK(errno == EINVAL);
	errno = 0;
	CHECK(p_aligned_alloc(24, 16) == NULL);
	CHECK(errno == EINVAL);
	void *q = NULL;
	CHECK(posix_memalign(&q, 0, 16) == EINVAL);
	CHECK(posix_memalign(&q, 4, 16) == EINVAL);
	CHECK(posix_memalign(&q, 24, 16) == EINVAL);
	CHECK(q == NULL);
	errno = 0;
	CHECK(p_aligned_alloc((size_t)1 << 63, 1) == NULL);
	CHECK(errno == ENOMEM);
	errno = 0;
	CHECK(p_memalign((size_t)1 << 63, 1) == NULL);
	CHECK(errno == ENOMEM);
}

static void test_calloc(void)
{
	/* Dirty a block, free it, and calloc the same size: the same block
	 * (best fit), zeroed. */
	void *guard1 = p_malloc(16);
	unsigned char *d = p_malloc(3000);
	void *guard2 = p_malloc(16);
	memset(d, 0xAB, 3000);
	p_free(d);
	unsigned char *c = p_calloc(300, 10);
	CHECK(c != NULL);
	CHECK(c == d);
	CHECK(all_bytes(c, 3000, 0));
	p_free(c);
	p_free(guard1);
	p_free(guard2);

	c = calloc(0, 5);
	CHECK(c != NULL);
	free(c);
}

static void test_realloc(void)
{
	CHECK(realloc(NULL, 0) != NULL);
	char *r = realloc(NULL, 50);
	CHECK(r != NULL);
	memset(r, 'r', 50);

	/* Shrinking stays in place and keeps the prefix. */
	char *s = realloc(r, 20);
	CHECK(s == r);
	CHECK(all_bytes((unsigned char *)s, 20, 'r'));

	/* Growing into a free neighbour stays in place: shrinking frees the
	 * tail (merged with whatever free memory follows), growing takes it
	 * back. */
	char *a = malloc(600);
	memset(a, 'a', 600);
	CHECK(realloc(a, 200) == a);
	char *a2 = realloc(a, 380);
	CHECK(a2 == a);
	CHECK(all_bytes((unsigned char *)a2, 200, 'a'));
	CHECK(malloc_usable_size(a2) >= 380);

	/* Growing that moves copies everything. */
	char *c = malloc(100);
	char *blocker = malloc(100);
	memset(c, 'c', 100);
	char *c2 = realloc(c, 5000);
	CHECK(c2 != NULL);
	CHECK(all_bytes((unsigned char *)c2, 100, 'c'));
	CHECK(malloc_usable_size(c2) >= 5000);

	/* A block bigger than any free chunk comes from top and is last
	 * before it, so it grows in place, memory.grow and all. */
	size_t pages = __builtin_wasm_memory_size(0);
	char *t = malloc((size_t)16 << 20);
	memset(t, 't', (size_t)16 << 20);
	char *t2 = realloc(t, (size_t)48 << 20);
	CHECK(t2 == t);
	CHECK(all_bytes((unsigned char *)t2, (size_t)16 << 20, 't'));
	memset(t2, 'T', (size_t)48 << 20);
	/* The memory grew by the shortfall only: at most 48 MiB and a page
	 * (less when top had room), not 16 + 48. */
	size_t grown = __builtin_wasm_memory_size(0) - pages;
	CHECK(grown >= 700 && grown <= 769);
	char *t3 = realloc(t2, 100);
	CHECK(t3 == t2);
	CHECK(all_bytes((unsigned char *)t3, 100, 'T'));

	/* realloc(p, 0) keeps a minimal block. */
	char *m = realloc(t3, 0);
	CHECK(m == t3);
	free(m);
	free(s);
	free(a2);
	free(c2);
	free(blocker);
}

static void test_aligned(void)
{
	for (size_t a = 1; a <= ((size_t)1 << 22); a <<= 1) {
		size_t n = a * 3 + 5;
		char *p = aligned_alloc(a, n);
		CHECK(p != NULL);
		CHECK(aligned(p, a < 16 ? 16 : a));
		CHECK(malloc_usable_size(p) >= n);
		memset(p, 1, n);

		void *q = NULL;
		CHECK(posix_memalign(&q, a < sizeof(void *) ? sizeof(void *) : a, 7) == 0);
		CHECK(q != NULL && aligned(q, a));

		char *m = memalign(a, 1);
		CHECK(m != NULL && aligned(m, a));
		free(p);
		free(q);
		free(m);
	}
	/* memalign rounds an odd alignment up to a power of two. */
	char *m = p_memalign(100, 10);
	CHECK(m != NULL && aligned(m, 128));
	free(m);
	/* aligned_alloc with a size that is not a multiple (C17 allows it). */
	m = aligned_alloc(256, 1);
	CHECK(m != NULL && aligned(m, 256));
	free(m);
}

static void test_many(void)
{
	/* Many blocks of mixed sizes, freed in an interleaved order: they
	 * coalesce, so a block as large as all of them together then fits
	 * without growing the memory. */
	enum { N = 4000 };
	static void *v[N];
	size_t total = 0;
	for (size_t i = 0; i < N; i++) {
		size_t n = 16 + (i * 37) % 2000;
		v[i] = malloc(n);
		CHECK(v[i] != NULL);
		memset(v[i], 0x5A, n);
		total += n;
	}
	for (size_t i = 0; i < N; i += 2)
		free(v[i]);
	for (size_t i = 1; i < N; i += 2)
		free(v[i]);
	size_t pages = __builtin_wasm_memory_size(0);
	void *all = malloc(total);
	CHECK(all != NULL);
	CHECK(__builtin_wasm_memory_size(0) == pages);
	free(all);
}

int main(void)
{
	test_malloc_free();
	test_failures();
	test_calloc();
	test_realloc();
	test_aligned();
	test_many();
	return check_summary();
}
