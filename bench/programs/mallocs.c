/* malloc-heavy: many short- and long-lived blocks of random sizes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	long ops = argc > 1 ? atol(argv[1]) * 1000 : 3000000;
	enum { SLOTS = 4096 };
	/* Static: 64 KiB of arrays would overflow wasm-ld's default 64 KiB stack. */
	static void *slot[SLOTS];
	static size_t size[SLOTS];
	uint32_t x = 42;
	uint64_t sum = 0;
	for (long i = 0; i < ops; i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		unsigned k = x % SLOTS;
		if (slot[k]) {
			sum += ((unsigned char *)slot[k])[size[k] - 1];
			free(slot[k]);
			slot[k] = NULL;
		} else {
			size_t n = (x >> 12) % 64 == 0 ? 4096 + (x >> 8) % 65536 : 8 + (x >> 16) % 256;
			if ((x & 7) == 0) {
				slot[k] = realloc(malloc(n / 2 + 1), n);
			} else {
				slot[k] = malloc(n);
			}
			memset(slot[k], (int)(k & 0xff), n);
			size[k] = n;
		}
	}
	for (unsigned k = 0; k < SLOTS; k++)
		free(slot[k]);
	printf("mallocs %ld ops: checksum %llu\n", ops, (unsigned long long)sum);
	return 0;
}
