/* Tight integer loops: a sieve of Eratosthenes and Collatz sequence lengths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 20;
	unsigned n = 1000000u * (unsigned)scale / 4;
	unsigned char *composite = calloc(n + 1, 1);
	unsigned long primes = 0, psum = 0;
	for (unsigned i = 2; i <= n; i++) {
		if (composite[i])
			continue;
		primes++;
		psum += i;
		for (unsigned long j = (unsigned long)i * i; j <= n; j += i)
			composite[j] = 1;
	}
	unsigned long steps = 0, longest = 0, at = 0;
	for (unsigned long start = 1; start < 200000ul * (unsigned long)scale / 4; start++) {
		unsigned long x = start, k = 0;
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
	printf("primes %lu sum %lu; collatz steps %lu, longest %lu at %lu\n", primes, psum, steps,
	       longest, at);
	free(composite);
	return 0;
}
