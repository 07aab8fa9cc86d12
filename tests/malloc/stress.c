/*
 * Allocator stress test: a long random sequence of malloc, calloc, realloc,
 * free, memalign, aligned_alloc and posix_memalign on a table of slots, with
 * random sizes (0 bytes to several MiB) and alignments (up to 1 MiB).  Every
 * block is filled with a pattern over all its usable bytes and verified
 * before it is freed and after each realloc; __w64_malloc_check() runs after
 * every step.  Now and then it makes requests that must fail (ENOMEM,
 * EINVAL), and, with -f, plays another allocator growing the same memory
 * (as Rust's does), so the heap gets non-contiguous segments; those foreign
 * pages hold a canary that must survive.
 *
 * The same source runs natively (against tests/malloc/native_memory.c, under
 * ASan/UBSan) and in wasm64-run (against the sysroot's libc).
 *
 *   stress [-n STEPS] [-s SEED] [-k SLOTS] [-m MAX_SIZE] [-c CHECK_EVERY]
 *          [-f FOREIGN_PER_MILLE] [-l LIMIT_MIB]
 *
 * -l: natively, caps the memory at LIMIT_MIB; in wasm the cap comes from
 * wasm64-run --max-memory.  Either way allocations may then fail, with
 * ENOMEM, and the old block must survive a failed realloc.
 *
 * Output: one line of figures, then "stress: ok"; or "FAIL step N: why"
 * and exit status 1.
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "w64_malloc.h"

#ifdef __wasm64__
static void *foreign_grow(size_t pages)
{
	size_t old = __builtin_wasm_memory_grow(0, pages);
	return old == SIZE_MAX ? NULL : (void *)(uintptr_t)(old * W64_PAGE_SIZE);
}
static void set_memory_limit(size_t bytes)
{
	(void)bytes; /* wasm64-run --max-memory */
}
#else
#include "native_memory.h"
static void *foreign_grow(size_t pages)
{
	return native_memory_foreign_grow(pages);
}
static void set_memory_limit(size_t bytes)
{
	native_memory_set_limit(bytes);
}
#endif

/* --- output without stdio -------------------------------------------------- */

static void out(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static void out_u(size_t v)
{
	char buf[24];
	int i = sizeof buf;
	buf[--i] = '\0';
	do {
		buf[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	out(buf + i);
}

static void out_field(const char *name, size_t v)
{
	out(name);
	out(" ");
	out_u(v);
}

static size_t step;

static void fail(const char *what)
{
	out("FAIL step ");
	out_u(step);
	out(": ");
	out(what);
	out("\n");
	exit(1);
}

#define REQUIRE(cond, what) \
	do { \
		if (!(cond)) \
			fail(what); \
	} while (0)

/* --- random numbers and patterns ------------------------------------------- */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

static size_t rnd_below(size_t n)
{
	return (size_t)(rnd() % n);
}

static size_t rnd_between(size_t lo, size_t hi)
{
	return lo + rnd_below(hi - lo + 1);
}

/* The pattern word at offset o (a multiple of 8) of a block with `seed`. */
static uint64_t pattern_word(uint64_t seed, size_t o)
{
	return (seed + o) * 0x9E3779B97F4A7C15u;
}

static uint8_t pattern_byte(uint64_t seed, size_t o)
{
	return (uint8_t)(pattern_word(seed, o & ~(size_t)7) >> ((o & 7) * 8));
}

/* Bytes [from, to) of the block at p (16-aligned); little-endian words. */
static void pattern_fill(unsigned char *p, size_t from, size_t to, uint64_t seed)
{
	size_t o = from;
	for (; o < to && (o & 7) != 0; o++)
		p[o] = pattern_byte(seed, o);
	for (; o + 8 <= to; o += 8) {
		uint64_t w = pattern_word(seed, o);
		memcpy(p + o, &w, 8);
	}
	for (; o < to; o++)
		p[o] = pattern_byte(seed, o);
}

static int pattern_ok(const unsigned char *p, size_t from, size_t to, uint64_t seed)
{
	size_t o = from;
	for (; o < to && (o & 7) != 0; o++)
		if (p[o] != pattern_byte(seed, o))
			return 0;
	for (; o + 8 <= to; o += 8) {
		uint64_t w;
		memcpy(&w, p + o, 8);
		if (w != pattern_word(seed, o))
			return 0;
	}
	for (; o < to; o++)
		if (p[o] != pattern_byte(seed, o))
			return 0;
	return 1;
}

/* --- the test ------------------------------------------------------------- */

struct slot {
	unsigned char *p; /* NULL: empty */
	size_t size;      /* requested */
	size_t usable;    /* malloc_usable_size, all filled */
	uint64_t seed;
};

static struct {
	size_t steps, checks, allocs, frees, reallocs, realloc_in_place, aligned;
	size_t probes, oom, foreign, max_footprint, max_live, max_segments;
} fig;

static size_t max_size = (size_t)4 << 20;
static int oom_allowed;
static size_t live_bytes;

static size_t random_size(void)
{
	size_t r = rnd_below(1000), n;
	if (r < 300)
		n = rnd_between(0, 32);
	else if (r < 600)
		n = rnd_between(33, 512);
	else if (r < 800)
		n = rnd_between(513, 4096);
	else if (r < 920)
		n = rnd_between(4097, 65536);
	else if (r < 985)
		n = rnd_between(65537, (size_t)1 << 20);
	else
		n = rnd_between((size_t)1 << 20, max_size);
	return n < max_size ? n : max_size;
}

/* 1 … 1 MiB, mostly small. */
static size_t random_alignment(void)
{
	unsigned e = rnd_below(100) < 85 ? (unsigned)rnd_below(13) : 13 + (unsigned)rnd_below(8);
	return (size_t)1 << e;
}

/* A NULL result: fine only when out of memory is possible, and then ENOMEM. */
static void allocation_failed(const char *what)
{
	REQUIRE(oom_allowed, what);
	REQUIRE(errno == ENOMEM, "failed allocation without ENOMEM");
	fig.oom++;
}

/* Record a fresh block: check it, fill all its usable bytes. */
static void take(struct slot *s, unsigned char *p, size_t size, size_t align)
{
	REQUIRE(((uintptr_t)p & 15) == 0, "block not 16-aligned");
	REQUIRE(((uintptr_t)p & (align - 1)) == 0, "block not aligned as asked");
	s->p = p;
	s->size = size;
	s->usable = malloc_usable_size(p);
	REQUIRE(s->usable >= size, "malloc_usable_size below the request");
	REQUIRE(s->usable - size < 64, "malloc_usable_size far above the request");
	s->seed = rnd();
	pattern_fill(p, 0, s->usable, s->seed);
	live_bytes += s->usable;
	fig.allocs++;
}

static void allocate(struct slot *s)
{
	size_t size = random_size();
	size_t align = 1;
	unsigned char *p = NULL;
	errno = 0;
	switch (rnd_below(10)) {
	case 0: case 1: case 2: case 3:
		p = malloc(size);
		break;
	case 4: case 5: {
		size_t elem = rnd_between(1, 16);
		size = size / elem * elem;
		p = calloc(size / elem, elem);
		if (p != NULL) {
			for (size_t i = 0; i < size; i++)
				REQUIRE(p[i] == 0, "calloc memory not zero");
		}
		break;
	}
	case 6: {
		align = random_alignment();
		size_t asked = align;
		if (align > 16 && rnd_below(4) == 0)
			asked = align - rnd_between(1, align / 2 - 1); /* rounded up */
		p = memalign(asked, size);
		break;
	}
	case 7:
		align = random_alignment();
		p = aligned_alloc(align, size);
		break;
	case 8: {
		align = random_alignment();
		if (align < sizeof(void *))
			align = sizeof(void *);
		void *q = NULL;
		int err = posix_memalign(&q, align, size);
		REQUIRE((err == 0) == (q != NULL), "posix_memalign result and pointer disagree");
		REQUIRE(err == 0 || err == ENOMEM, "posix_memalign: unexpected error");
		p = q;
		if (err == ENOMEM)
			errno = ENOMEM;
		break;
	}
	default:
		p = realloc(NULL, size);
		break;
	}
	if (align > 1)
		fig.aligned++;
	if (p == NULL) {
		allocation_failed("allocation failed");
		return;
	}
	take(s, p, size, align);
}

static void release(struct slot *s)
{
	REQUIRE(pattern_ok(s->p, 0, s->usable, s->seed), "block content changed before free");
	free(s->p);
	live_bytes -= s->usable;
	s->p = NULL;
	fig.frees++;
}

static void resize(struct slot *s)
{
	size_t size = random_size();
	errno = 0;
	unsigned char *p = realloc(s->p, size);
	fig.reallocs++;
	if (p == NULL) {
		allocation_failed("realloc failed");
		REQUIRE(pattern_ok(s->p, 0, s->usable, s->seed), "failed realloc changed the block");
		return;
	}
	if (p == s->p)
		fig.realloc_in_place++;
	REQUIRE(((uintptr_t)p & 15) == 0, "realloc block not 16-aligned");
	size_t kept = s->usable < size ? s->usable : size;
	REQUIRE(pattern_ok(p, 0, kept, s->seed), "realloc lost content");
	size_t usable = malloc_usable_size(p);
	REQUIRE(usable >= size, "malloc_usable_size below the realloc request");
	REQUIRE(usable - size < 64, "malloc_usable_size far above the realloc request");
	/* The pattern is positional, so the kept bytes stay valid. */
	pattern_fill(p, kept, usable, s->seed);
	live_bytes = live_bytes - s->usable + usable;
	s->p = p;
	s->size = size;
	s->usable = usable;
}

/*
 * Results compared with NULL only go through here: storing them to a
 * volatile keeps the compiler from deleting the call and folding the
 * comparison (it may do that to an allocation that is never used).
 */
static void *volatile kept_result;

static void *keep(void *p)
{
	kept_result = p;
	return kept_result;
}

/* Bad sizes and alignments the compiler must not see as constants (glibc's
 * alloc_size and alloc_align attributes make it warn about them). */
static size_t opaque(size_t v)
{
	static volatile size_t box;
	box = v;
	return box;
}

/* Requests that must fail, whatever the heap holds. */
static void probe_failures(struct slot *some_block)
{
	fig.probes++;
	const size_t huge[] = {
		SIZE_MAX, SIZE_MAX / 2, SIZE_MAX - 4096 /* page rounding overflows */,
		(SIZE_MAX >> 2) + 1, (size_t)1 << 60,
	};
	void *q;
	for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
		errno = 0;
		REQUIRE(keep(malloc(huge[i])) == NULL && errno == ENOMEM, "huge malloc did not fail with ENOMEM");
		errno = 0;
		REQUIRE(keep(aligned_alloc(4096, huge[i])) == NULL && errno == ENOMEM,
			"huge aligned_alloc did not fail with ENOMEM");
		errno = 0;
		REQUIRE(keep(memalign(64, huge[i])) == NULL && errno == ENOMEM, "huge memalign did not fail");
		q = NULL;
		REQUIRE(posix_memalign(&q, 32, huge[i]) == ENOMEM && q == NULL,
			"huge posix_memalign did not fail with ENOMEM");
	}
	errno = 0;
	REQUIRE(keep(calloc(opaque(SIZE_MAX / 2 + 1), 2)) == NULL && errno == ENOMEM, "calloc overflow not caught");
	errno = 0;
	REQUIRE(keep(calloc(opaque((size_t)1 << 40), opaque((size_t)1 << 40))) == NULL && errno == ENOMEM,
		"calloc overflow not caught");
	errno = 0;
	REQUIRE(keep(aligned_alloc(opaque((size_t)1 << 62), 16)) == NULL && errno == ENOMEM, "huge alignment accepted");
	errno = 0;
	REQUIRE(keep(aligned_alloc(opaque(48), 16)) == NULL && errno == EINVAL, "aligned_alloc(48): no EINVAL");
	errno = 0;
	REQUIRE(keep(aligned_alloc(opaque(0), 16)) == NULL && errno == EINVAL, "aligned_alloc(0): no EINVAL");
	q = NULL;
	REQUIRE(posix_memalign(&q, 24, 16) == EINVAL && q == NULL, "posix_memalign(24): no EINVAL");
	REQUIRE(posix_memalign(&q, 4, 16) == EINVAL && q == NULL, "posix_memalign(4): no EINVAL");
	errno = 0;
	REQUIRE(keep(memalign(opaque(SIZE_MAX / 2 + 1), 16)) == NULL && errno == ENOMEM, "memalign(2^63) accepted");
	if (some_block != NULL) {
		errno = 0;
		REQUIRE(keep(realloc(some_block->p, opaque(SIZE_MAX))) == NULL && errno == ENOMEM,
			"realloc(SIZE_MAX) did not fail with ENOMEM");
		errno = 0;
		REQUIRE(keep(realloc(some_block->p, opaque(SIZE_MAX / 2))) == NULL && errno == ENOMEM,
			"realloc(SIZE_MAX / 2) did not fail with ENOMEM");
		REQUIRE(pattern_ok(some_block->p, 0, some_block->usable, some_block->seed),
			"failed realloc changed the block");
	}
}

/* Pages someone else grew: they hold a canary and must never change. */
#define MAX_FOREIGN 256
static struct {
	unsigned char *p;
	size_t len;
} foreign[MAX_FOREIGN];
static size_t foreign_count;

static void grow_foreign(void)
{
	if (foreign_count == MAX_FOREIGN)
		return;
	size_t pages = rnd_between(1, 3);
	unsigned char *p = foreign_grow(pages);
	if (p == NULL)
		return;
	foreign[foreign_count].p = p;
	foreign[foreign_count].len = pages * W64_PAGE_SIZE;
	pattern_fill(p, 0, pages * W64_PAGE_SIZE, 0xF0F0F0F0u + foreign_count);
	foreign_count++;
	fig.foreign++;
}

static void check_foreign(void)
{
	for (size_t i = 0; i < foreign_count; i++)
		REQUIRE(pattern_ok(foreign[i].p, 0, foreign[i].len, 0xF0F0F0F0u + i),
			"the heap wrote into pages it did not grow");
}

static void check_heap(struct w64_malloc_stats *st)
{
	const char *err = __w64_malloc_check(st);
	if (err != NULL)
		fail(err);
	fig.checks++;
	if (st->footprint > fig.max_footprint)
		fig.max_footprint = st->footprint;
	if (st->segments > fig.max_segments)
		fig.max_segments = st->segments;
}

static size_t parse_size(const char *s)
{
	size_t v = 0;
	if (*s == '\0')
		fail("bad number in the arguments");
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			fail("bad number in the arguments");
		v = v * 10 + (size_t)(*s - '0');
	}
	return v;
}

int main(int argc, char **argv)
{
	size_t steps = 100000, seed = 1, nslots = 1000, check_every = 1, foreign_per_mille = 0;
	for (int i = 1; i + 1 < argc; i += 2) {
		size_t v = parse_size(argv[i + 1]);
		if (strcmp(argv[i], "-n") == 0)
			steps = v;
		else if (strcmp(argv[i], "-s") == 0)
			seed = v;
		else if (strcmp(argv[i], "-k") == 0)
			nslots = v;
		else if (strcmp(argv[i], "-m") == 0)
			max_size = v;
		else if (strcmp(argv[i], "-c") == 0)
			check_every = v;
		else if (strcmp(argv[i], "-f") == 0)
			foreign_per_mille = v;
		else if (strcmp(argv[i], "-l") == 0) {
			set_memory_limit(v << 20);
			oom_allowed = 1;
		} else
			fail("unknown option");
	}
	if (argc % 2 == 0 || nslots == 0 || check_every == 0 || max_size < 64)
		fail("usage: stress [-n STEPS] [-s SEED] [-k SLOTS] [-m MAX_SIZE] [-c CHECK_EVERY] "
		     "[-f FOREIGN_PER_MILLE] [-l LIMIT_MIB]");
	rng_state = seed;

	/* The slot table lives in the heap under test too. */
	struct slot *slots = calloc(nslots, sizeof *slots);
	REQUIRE(slots != NULL, "no memory for the slot table");
	struct w64_malloc_stats st;

	for (step = 1; step <= steps; step++) {
		struct slot *s = &slots[rnd_below(nslots)];
		if (s->p == NULL) {
			allocate(s);
		} else {
			size_t r = rnd_below(100);
			if (r < 45)
				release(s);
			else if (r < 85)
				resize(s);
			else
				REQUIRE(pattern_ok(s->p, 0, s->usable, s->seed), "block content changed");
		}
		if (rnd_below(1000) < 3)
			probe_failures(s->p != NULL ? s : NULL);
		if (foreign_per_mille != 0 && rnd_below(1000) < foreign_per_mille)
			grow_foreign();
		if (live_bytes > fig.max_live)
			fig.max_live = live_bytes;
		if (step % check_every == 0)
			check_heap(&st);
		if (step % 1000 == 0)
			check_foreign();
		fig.steps++;
	}

	for (size_t i = 0; i < nslots; i++)
		if (slots[i].p != NULL)
			release(&slots[i]);
	check_heap(&st);
	/* Everything but the slot table is free: fully coalesced, that is one
	 * free chunk per segment, except where the table sits. */
	REQUIRE(st.inuse_chunks == 1, "in-use chunks left after freeing everything");
	REQUIRE(st.free_chunks <= st.segments + 1, "free memory not coalesced");
	free(slots);
	check_heap(&st);
	REQUIRE(st.inuse_chunks == 0 && st.free_chunks == st.segments,
		"heap not one free chunk per segment after freeing everything");
	check_foreign();

	out_field("stress: steps", fig.steps);
	out_field(", checks", fig.checks);
	out_field(", seed", seed);
	out_field(", slots", nslots);
	out_field(", max size", max_size);
	out_field(", allocs", fig.allocs);
	out_field(" (aligned", fig.aligned);
	out_field("), frees", fig.frees);
	out_field(", reallocs", fig.reallocs);
	out_field(" (in place", fig.realloc_in_place);
	out_field("), failure probes", fig.probes);
	out_field(", out of memory", fig.oom);
	out_field(", foreign grows", fig.foreign);
	out_field(", max segments", fig.max_segments);
	out_field(", max live bytes", fig.max_live);
	out_field(", max footprint", fig.max_footprint);
	out("\nstress: ok\n");
	return 0;
}
