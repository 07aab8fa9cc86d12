/* Sieve of Eratosthenes over a byte array, repeated: strided stores and a
 * dense scan, the index arithmetic that wasm64 builds pay for in 64-bit
 * adds and extends. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t sieve(uint8_t *composite, size_t n)
{
	memset(composite, 0, n);
	size_t count = 0;
	for (size_t i = 2; i < n; i++) {
		if (composite[i])
			continue;
		count++;
		for (size_t j = i * i; j < n; j += i)
			composite[j] = 1;
	}
	return count;
}

int main(int argc, char **argv)
{
	int rounds = 20;
	size_t n = (argc > 1 ? (size_t)atoi(argv[1]) : 4000) * 1000;
	uint8_t *composite = malloc(n);
	uint64_t sum = 0;
	for (int r = 0; r < rounds; r++)
		sum = sum * 31 + sieve(composite, n - (size_t)r * (n / 4000));
	printf("sieve below %zu, %d rounds: checksum %llu\n", n, rounds, (unsigned long long)sum);
	free(composite);
	return 0;
}
