/*
 * A heap past 4 GiB: 20 blocks of 256 MiB (5 GiB), every 4 KiB page of
 * each touched with a word derived from its block and offset, all read back
 * and summed; the blocks above 4 GiB are really there; the heap checks out;
 * after freeing, the memory is one free chunk again, reused for a 5 GiB block
 * without growing the memory, and calloc'ed memory past 4 GiB reads zero.
 * Needs about 5.5 GiB of free RAM on the machine running wasm64-run.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "w64_malloc.h"

#define BLOCKS 20
#define BLOCK_SIZE ((size_t)256 << 20)
#define STRIDE ((size_t)4096)
#define FOUR_GIB ((uintptr_t)1 << 32)

static uint64_t word_for(size_t block, size_t offset)
{
	return ((uint64_t)block << 40 | offset) * 0x9E3779B97F4A7C15u;
}

static void put_field(const char *name, size_t v)
{
	check_put(name);
	check_put_uint(v);
}

int main(void)
{
	static unsigned char *block[BLOCKS];
	uintptr_t highest = 0;

	for (size_t b = 0; b < BLOCKS; b++) {
		block[b] = malloc(BLOCK_SIZE);
		CHECK(block[b] != NULL);
		if (block[b] == NULL)
			return check_summary();
		for (size_t o = 0; o < BLOCK_SIZE; o += STRIDE)
			memcpy(block[b] + o, &(uint64_t){word_for(b, o)}, 8);
		memcpy(block[b] + BLOCK_SIZE - 8, &(uint64_t){word_for(b, BLOCK_SIZE)}, 8);
		uintptr_t end = (uintptr_t)block[b] + BLOCK_SIZE;
		if (end > highest)
			highest = end;
	}

	uint64_t sum = 0, expected = 0;
	size_t bad = 0;
	for (size_t b = 0; b < BLOCKS; b++) {
		for (size_t o = 0; o < BLOCK_SIZE; o += STRIDE) {
			uint64_t w;
			memcpy(&w, block[b] + o, 8);
			sum += w;
			expected += word_for(b, o);
			bad += w != word_for(b, o);
		}
		uint64_t last;
		memcpy(&last, block[b] + BLOCK_SIZE - 8, 8);
		bad += last != word_for(b, BLOCK_SIZE);
	}
	CHECK(bad == 0);
	CHECK(sum == expected);
	CHECK(highest > FOUR_GIB + ((uintptr_t)512 << 20));

	struct w64_malloc_stats st;
	CHECK(__w64_malloc_check(&st) == NULL);
	CHECK(st.footprint >= (size_t)BLOCKS * BLOCK_SIZE);
	CHECK(st.inuse_chunks == BLOCKS);
	size_t pages = __builtin_wasm_memory_size(0);

	for (size_t b = 0; b < BLOCKS; b++)
		free(block[b]);
	CHECK(__w64_malloc_check(&st) == NULL);
	CHECK(st.inuse_chunks == 0 && st.free_chunks == st.segments);

	/* All of it, in one block, from the coalesced memory. */
	unsigned char *all = malloc((size_t)BLOCKS * BLOCK_SIZE - ((size_t)1 << 20));
	CHECK(all != NULL);
	CHECK(__builtin_wasm_memory_size(0) == pages);
	if (all != NULL) {
		all[0] = 1;
		all[(size_t)BLOCKS * BLOCK_SIZE - ((size_t)1 << 20) - 1] = 2;
		free(all);
	}

	/* The last GiB below `highest` was written above; calloc clears it. */
	unsigned char *z = calloc(1, (size_t)5 << 30);
	CHECK(z != NULL);
	if (z != NULL) {
		size_t nonzero = 0;
		for (size_t o = 0; o < ((size_t)5 << 30); o += STRIDE)
			nonzero += z[o] != 0;
		CHECK(nonzero == 0);
		CHECK((uintptr_t)z + ((size_t)5 << 30) > FOUR_GIB);
		free(z);
	}
	CHECK(__w64_malloc_check(&st) == NULL);

	put_field("big: blocks ", BLOCKS);
	put_field(" x ", BLOCK_SIZE);
	put_field(" bytes, heap end at ", (size_t)highest);
	put_field(", footprint ", st.footprint);
	put_field(", memory pages ", __builtin_wasm_memory_size(0));
	check_put("\n");
	return check_summary();
}
