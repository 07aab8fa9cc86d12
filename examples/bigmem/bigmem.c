/* bigmem: the reason memory64 exists.  Allocates more than 4 GiB (default
 * 6 GiB), fills it with records, builds a hash index over it, looks every
 * record up again through the index, and verifies a checksum known in
 * advance (the values are 3i + 1, so they sum to 3n(n-1)/2 + n).
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

/* 256 bytes: a key, a value, a printable tag and a payload that is filled
 * with a byte derived from the record number. */
struct record {
	uint64_t key;
	uint64_t value;
	char tag[24];
	unsigned char payload[216];
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

static int record_ok(const struct record *r, size_t i)
{
	unsigned char fill = (unsigned char)(i * 7);
	if (r->value != i * 3 + 1 || r->payload[0] != fill || r->payload[sizeof r->payload - 1] != fill)
		return 0;
	if (i % 4096 == 0) { /* the tag, and the whole payload, now and then */
		char want[sizeof r->tag];
		snprintf(want, sizeof want, "r%zu", i);
		for (size_t k = 0; k < sizeof r->payload; k++)
			if (r->payload[k] != fill)
				return 0;
		return strcmp(r->tag, want) == 0;
	}
	return 1;
}

int main(int argc, char **argv)
{
	double gib = argc > 1 ? strtod(argv[1], NULL) : 6.0;
	if (!(gib > 0) || gib > 1024) {
		fprintf(stderr, "bigmem: size %s: give GiB as a positive number\n", argc > 1 ? argv[1] : "");
		return 2;
	}
	double start = seconds();
	/* The records and an index of at most two 8-byte buckets per record
	 * (a power of two at least n) share the budget. */
	uint64_t bytes = (uint64_t)(gib * 1073741824.0);
	size_t n = (size_t)(bytes / (sizeof(struct record) + 2 * sizeof(uint64_t)));
	size_t buckets = 1;
	while (buckets < n + n / 4)
		buckets <<= 1;
	struct record *rec = malloc(n * sizeof *rec);
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

	for (size_t i = 0; i < n; i++) {
		struct record *r = &rec[i];
		r->key = mix(i + 1);
		r->value = i * 3 + 1;
		if (i % 4096 == 0)
			snprintf(r->tag, sizeof r->tag, "r%zu", i);
		else
			r->tag[0] = 0;
		memset(r->payload, (unsigned char)(i * 7), sizeof r->payload);
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
		if (index[b] && record_ok(&rec[index[b] - 1], i)) {
			sum += rec[index[b] - 1].value;
			found++;
		}
	}
	double took = seconds() - start;
	uint64_t expect;
	if (n % 2 == 0) /* n(n-1)/2 with the even factor halved first */
		expect = (uint64_t)(n / 2) * (n - 1) * 3 + n;
	else
		expect = (uint64_t)n * ((n - 1) / 2) * 3 + n;
	int ok = found == n && sum == expect;
	printf("checksum: %" PRIu64 " (expected %" PRIu64 "), %zu of %zu records found: %s\n", sum,
	       expect, found, n, ok ? "ok" : "MISMATCH");
	printf("time: %.2f s\n", took);
	free(index);
	free(rec);
	return ok ? 0 : 1;
}
