/* memcpy/memset/memmove heavy: shuffling blocks of many sizes around. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 400;
	size_t len = 8u << 20;
	uint8_t *a = malloc(len), *b = malloc(len);
	memset(a, 1, len);
	uint32_t x = 99;
	uint64_t sum = 0;
	for (int r = 0; r < rounds; r++) {
		for (int k = 0; k < 64; k++) {
			x = x * 1664525u + 1013904223u;
			size_t n = (size_t)1 << (4 + (x >> 28));          /* 16 B .. 512 KiB */
			size_t from = (x >> 3) % (len - n), to = (x >> 7) % (len - n);
			memcpy(b + to, a + from, n);
			memset(a + from, (int)(x & 0xff), n / 2);
			memmove(a + to, a + from, n / 3);
		}
		sum += a[(x >> 5) % len] + b[(x >> 9) % len];
	}
	printf("memops %d rounds: checksum %llu\n", rounds, (unsigned long long)sum);
	return 0;
}
