/*
 * Placement policy, against a model: large requests get the best fit (the
 * smallest free chunk that is big enough, or the dv when it fits as
 * tightly), small requests an exact fit from their bin, most recently freed
 * first.  Each round builds a heap of free chunks of known sizes, each
 * between in-use guards, and checks every placement and the heap after it.
 * Runs natively and in wasm64-run; ends with "N passed, N failed".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "w64_malloc.h"

#define H __w64_heap

enum { FREE_MAX = 600, ROUNDS = 6, REQUESTS = 400 };

static uint64_t rng = 42;

static size_t rnd_below(size_t n)
{
	rng = rng * 6364136223846793005u + 1442695040888963407u;
	return (size_t)((rng >> 33) % n);
}

/* The model: the free chunks in tree bins (not top, not the dv), found by
 * walking the heap before each request. */
static struct {
	char *addr;
	size_t size;
} model[FREE_MAX * 4];
static size_t model_count;

static void build_model(void)
{
	model_count = 0;
	for (struct w64_segment *seg = H.segments; seg != NULL; seg = seg->next) {
		struct w64_chunk *fence = w64_segment_fence(seg);
		for (struct w64_chunk *c = w64_segment_first(seg); c != fence;
		     c = w64_chunk_at(c, w64_chunk_size(c))) {
			if ((c->head & W64_CINUSE) || c == H.top || c == H.dv ||
			    w64_chunk_size(c) < W64_LARGE_MIN)
				continue;
			if (model_count == sizeof model / sizeof model[0])
				return;
			model[model_count].addr = (char *)c;
			model[model_count].size = w64_chunk_size(c);
			model_count++;
		}
	}
}

static void heap_ok(void)
{
	const char *err = __w64_malloc_check(NULL);
	CHECK(err == NULL);
	if (err != NULL) {
		check_put(err);
		check_put("\n");
	}
}

/*
 * The chunk header of a block.  The address goes through a volatile so the
 * compiler does not see a read before the start of an allocation (gcc
 * warns, and knows malloc's block bounds from glibc's attributes).
 */
static struct w64_chunk *chunk(void *mem)
{
	volatile uintptr_t address = (uintptr_t)mem;
	return w64_mem_to_chunk((void *)address);
}

static size_t best_fits, exact_fits, dv_fits, top_fits;

static void large_round(void)
{
	static void *blocks[FREE_MAX], *guards[FREE_MAX], *taken[REQUESTS];
	static void *small_taken[REQUESTS / 16 + 1];
	size_t n = 100 + rnd_below(FREE_MAX - 100);

	/* Sizes from 1 KiB to 64 KiB, many repeated (tree rings). */
	for (size_t i = 0; i < n; i++) {
		size_t size = i > 1 && rnd_below(4) == 0 ? w64_chunk_size(chunk(blocks[i - 1]))
							 : 1024 + 16 * rnd_below(4033);
		if (i == 0)
			size = 30000 + 16 * rnd_below(1000);
		blocks[i] = malloc(size - W64_INUSE_OVERHEAD);
		guards[i] = malloc(16);
	}
	/* A dv for the large requests to compete with: a small request
	 * with only one free chunk, a tree chunk, splits it. */
	size_t first_size = w64_chunk_size(chunk(blocks[0]));
	free(blocks[0]);
	void *splitter = malloc(100);
	CHECK(splitter == blocks[0]);
	CHECK(H.dv != NULL && H.dv_size == first_size - 112);
	for (size_t i = 1; i < n; i++)
		free(blocks[i]);
	heap_ok();

	for (size_t r = 0; r < REQUESTS; r++) {
		/* Now and then a small request, which may split a tree chunk
		 * and leave a dv for the large ones to compete with. */
		if (r % 16 == 0)
			small_taken[r / 16] = malloc(100 + rnd_below(800));
		size_t request = 1000 + rnd_below(70000);
		size_t nb = w64_request_size(request);
		build_model();
		size_t best = SIZE_MAX;
		for (size_t i = 0; i < model_count; i++)
			if (model[i].size >= nb && model[i].size < best)
				best = model[i].size;
		int dv_wins = H.dv != NULL && H.dv_size >= nb && H.dv_size - nb <= best - nb;
		char *dv = (char *)H.dv;

		taken[r] = malloc(request);
		char *c = (char *)chunk(taken[r]);
		size_t found = model_count;
		for (size_t i = 0; i < model_count; i++)
			if (model[i].addr == c)
				found = i;

		if (dv_wins) {
			CHECK(c == dv);
			dv_fits++;
		} else if (best != SIZE_MAX) {
			CHECK(found < model_count && model[found].size == best);
			best_fits++;
			exact_fits += best == nb;
		} else {
			CHECK(found == model_count);
			top_fits++;
		}
		heap_ok();
	}
	for (size_t r = 0; r < REQUESTS; r++)
		free(taken[r]);
	for (size_t r = 0; r < REQUESTS / 16 + 1; r++)
		free(small_taken[r]);
	free(splitter);
	for (size_t i = 0; i < n; i++)
		free(guards[i]);
}

static size_t lifo_fits;

static void small_round(void)
{
	enum { N = 300 };
	static void *blocks[N], *guards[N];
	for (size_t i = 0; i < N; i++) {
		blocks[i] = malloc(16 * (1 + rnd_below(60)));
		guards[i] = malloc(16);
	}
	/* Free in a random order, remembering the last freed of each size. */
	static void *last_freed[W64_SMALL_BINS];
	memset(last_freed, 0, sizeof last_freed);
	for (size_t k = 0; k < N; k++) {
		size_t i = rnd_below(N);
		if (blocks[i] == NULL)
			continue;
		last_freed[w64_small_index(w64_chunk_size(chunk(blocks[i])))] = blocks[i];
		free(blocks[i]);
		blocks[i] = NULL;
	}
	heap_ok();
	for (unsigned b = 0; b < W64_SMALL_BINS; b++) {
		if (last_freed[b] == NULL)
			continue;
		void *p = malloc(16 * b - W64_INUSE_OVERHEAD);
		CHECK(p == last_freed[b]);
		lifo_fits++;
		free(p);
	}
	heap_ok();
	for (size_t i = 0; i < N; i++) {
		free(blocks[i]);
		free(guards[i]);
	}
}

int main(void)
{
	struct w64_malloc_stats st;
	for (int round = 0; round < ROUNDS; round++) {
		/* Each round starts from a heap that is all free. */
		CHECK(__w64_malloc_check(&st) == NULL);
		CHECK(st.inuse_chunks == 0 && st.free_chunks == st.segments);
		large_round();
		small_round();
	}
	CHECK(__w64_malloc_check(&st) == NULL);
	CHECK(st.inuse_chunks == 0 && st.free_chunks == st.segments);

	check_put("fit: best fits ");
	check_put_uint(best_fits);
	check_put(" (exact ");
	check_put_uint(exact_fits);
	check_put("), dv ");
	check_put_uint(dv_fits);
	check_put(", top ");
	check_put_uint(top_fits);
	check_put(", small exact fits ");
	check_put_uint(lifo_fits);
	check_put("\n");
	return check_summary();
}
