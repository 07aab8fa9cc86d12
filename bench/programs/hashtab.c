/* An open-addressing hash table of 64-bit keys (linear probing, growth by
 * doubling): inserts, hits, misses and deletions with backward-shift, the
 * loads and compares of a symbol table or a cache. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct slot {
	uint64_t key;   /* 0: empty */
	uint64_t value;
};

struct table {
	struct slot *slots;
	size_t mask, count;
};

static size_t hash(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdull;
	k ^= k >> 33;
	return (size_t)k;
}

static void put(struct table *t, uint64_t key, uint64_t value);

static void grow(struct table *t)
{
	struct slot *old = t->slots;
	size_t n = t->mask + 1;
	t->slots = calloc(2 * n, sizeof *t->slots);
	t->mask = 2 * n - 1;
	t->count = 0;
	for (size_t i = 0; i < n; i++)
		if (old[i].key)
			put(t, old[i].key, old[i].value);
	free(old);
}

static void put(struct table *t, uint64_t key, uint64_t value)
{
	if (2 * (t->count + 1) > t->mask + 1)
		grow(t);
	size_t i = hash(key) & t->mask;
	while (t->slots[i].key && t->slots[i].key != key)
		i = (i + 1) & t->mask;
	if (!t->slots[i].key)
		t->count++;
	t->slots[i].key = key;
	t->slots[i].value = value;
}

static uint64_t *get(struct table *t, uint64_t key)
{
	for (size_t i = hash(key) & t->mask; t->slots[i].key; i = (i + 1) & t->mask)
		if (t->slots[i].key == key)
			return &t->slots[i].value;
	return NULL;
}

static void del(struct table *t, uint64_t key)
{
	size_t i = hash(key) & t->mask;
	while (t->slots[i].key != key) {
		if (!t->slots[i].key)
			return;
		i = (i + 1) & t->mask;
	}
	/* Backward shift: move later members of the run into the hole when
	 * their home slot does not lie between the hole and them. */
	for (size_t j = i;;) {
		t->slots[i].key = 0;
		for (;;) {
			j = (j + 1) & t->mask;
			if (!t->slots[j].key) {
				t->count--;
				return;
			}
			size_t home = hash(t->slots[j].key) & t->mask;
			if (i <= j ? (home <= i || home > j) : (home <= i && home > j))
				break;
		}
		t->slots[i] = t->slots[j];
		i = j;
	}
}

int main(int argc, char **argv)
{
	/* Thousands of operations; keys drawn from one and a half times as many. */
	uint64_t ops = (argc > 1 ? (uint64_t)atoi(argv[1]) : 1500) * 1000, keys = ops + ops / 2;
	struct table t = {calloc(16, sizeof(struct slot)), 15, 0};
	uint64_t x = 88172645463325252ull, sum = 0;
	for (uint64_t i = 0; i < ops; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		uint64_t key = x % keys + 1;
		uint64_t *v = get(&t, key);
		if (v)
			*v += 1;
		else
			put(&t, key, 1);
		if ((i & 3) == 0)
			del(&t, (x >> 20) % keys + 1);
	}
	for (uint64_t k = 1; k <= keys; k += 7) {
		uint64_t *v = get(&t, k);
		sum = sum * 31 + (v ? *v : 0);
	}
	printf("hashtab %llu operations, %zu keys left: checksum %llu\n", (unsigned long long)ops, t.count,
	       (unsigned long long)sum);
	free(t.slots);
	return 0;
}
