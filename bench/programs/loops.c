/* Tight integer loops: a sieve of Eratosthenes and Collatz sequence lengths.
 * 64-bit counters everywhere, so wasm32 and wasm64 builds do the same work. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 20;
	unsigned n = 1000000u * (unsigned)scale / 4;
	unsigned char *composite = calloc(n + 1, 1);
	uint64_t primes = 0, psum = 0;
	for (unsigned i = 2; i <= n; i++) {
		if (composite[i])
			continue;
		primes++;
		psum += i;
		for (uint64_t j = (uint64_t)i * i; j <= n; j += i)
			composite[j] = 1;
	}
	uint64_t steps = 0, longest = 0, at = 0;
	for (uint64_t start = 1; start < UINT64_C(200000) * (uint64_t)scale / 4; start++) {
		uint64_t x = start, k = 0;
		while (x != 1) {
			x = (x & 1) ? 3 * x + 1 : x >> 1;
			k++;
		}
		steps += k;
		if (k > longest) {
			longest = k;
			at = start;
		}
	}
	printf("primes %" PRIu64 " sum %" PRIu64 "; collatz steps %" PRIu64 ", longest %" PRIu64
	       " at %" PRIu64 "\n",
	       primes, psum, steps, longest, at);
	free(composite);
	return 0;
}
