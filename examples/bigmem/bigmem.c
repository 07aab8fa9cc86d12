/* bigmem: the reason memory64 exists.  Allocates more than 4 GiB (default
 * 6 GiB), fills it with records, builds an index over it, looks records up
 * through the index, and verifies a checksum that is known in advance.
 *
 *   bigmem [GIB]        (a fraction such as 0.5 is fine; default 6)
 *
 * Prints the sizes, the checksum and the time taken; exits 1 if anything
 * does not check out, 2 if the memory cannot be had. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct record {
	uint64_t key;
	uint64_t value;
	char tag[16];
};

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= UINT64_C(0xff51afd7ed558ccd);
	x ^= x >> 33;
	x *= UINT64_C(0xc4ceb9fe1a85ec53);
	return x ^ (x >> 33);
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	double gib = argc > 1 ? strtod(argv[1], NULL) : 6.0;
	if (!(gib > 0) || gib > 1024) {
		fprintf(stderr, "bigmem: size %s: give GiB as a positive number\n", argc > 1 ? argv[1] : "");
		return 2;
	}
	double start = seconds();
	/* Records take 8/9 of the budget, the index 1/9. */
	uint64_t bytes = (uint64_t)(gib * 1073741824.0);
	size_t n = (size_t)(bytes / (sizeof(struct record) + sizeof(uint32_t) * 2 + 8) * 2 / 2);
	struct record *rec = malloc(n * sizeof *rec);
	size_t buckets = 1;
	while (buckets < n)
		buckets <<= 1;
	uint64_t *index = calloc(buckets, sizeof *index); /* record number + 1, 0 = empty */
	if (!rec || !index) {
		fprintf(stderr, "bigmem: cannot allocate %.2f GiB\n",
		        (double)(n * sizeof *rec + buckets * sizeof *index) / 1073741824.0);
		return 2;
	}
	printf("records: %zu x %zu bytes = %.2f GiB at %p\n", n, sizeof *rec,
	       (double)(n * sizeof *rec) / 1073741824.0, (void *)rec);
	printf("index:   %zu buckets = %.2f GiB at %p\n", buckets,
	       (double)(buckets * sizeof *index) / 1073741824.0, (void *)index);

	uint64_t expect = 0;
	for (size_t i = 0; i < n; i++) {
		rec[i].key = mix(i + 1);
		rec[i].value = i * 3 + 1;
		snprintf(rec[i].tag, sizeof rec[i].tag, "r%zu", i % 1000000);
		expect += rec[i].value;
	}
	/* Open addressing on the key's hash. */
	for (size_t i = 0; i < n; i++) {
		size_t b = (size_t)(rec[i].key & (buckets - 1));
		while (index[b])
			b = (b + 1) & (buckets - 1);
		index[b] = i + 1;
	}
	/* Look every record up again through the index, by key. */
	uint64_t sum = 0;
	size_t found = 0;
	for (size_t i = 0; i < n; i++) {
		uint64_t key = mix(i + 1);
		size_t b = (size_t)(key & (buckets - 1));
		while (index[b] && rec[index[b] - 1].key != key)
			b = (b + 1) & (buckets - 1);
		if (index[b]) {
			const struct record *r = &rec[index[b] - 1];
			char want[16];
			snprintf(want, sizeof want, "r%zu", i % 1000000);
			if (strcmp(r->tag, want) == 0) {
				sum += r->value;
				found++;
			}
		}
	}
	double took = seconds() - start;
	int ok = found == n && sum == expect;
	printf("checksum: %" PRIu64 " (expected %" PRIu64 "), %zu of %zu records found: %s\n", sum,
	       expect, found, n, ok ? "ok" : "MISMATCH");
	printf("time: %.2f s\n", took);
	free(index);
	free(rec);
	return ok ? 0 : 1;
}
