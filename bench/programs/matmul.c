/* Dense double matrix multiply, row-major with the i-k-j loop order a
 * compiler vectorises natively: a float chain over three arrays, indexed
 * by 64-bit offsets on wasm64. */
#include <stdio.h>
#include <stdlib.h>

static void matmul(const double *a, const double *b, double *c, size_t n)
{
	for (size_t i = 0; i < n * n; i++)
		c[i] = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < n; k++) {
			double aik = a[i * n + k];
			for (size_t j = 0; j < n; j++)
				c[i * n + j] += aik * b[k * n + j];
		}
}

int main(int argc, char **argv)
{
	int rounds = 12;
	size_t n = argc > 1 ? (size_t)atoi(argv[1]) : 320;
	double *a = malloc(n * n * sizeof *a), *b = malloc(n * n * sizeof *b), *c = malloc(n * n * sizeof *c);
	unsigned x = 12345;
	for (size_t i = 0; i < n * n; i++) {
		x = x * 1103515245u + 12345u;
		a[i] = (double)(x >> 16 & 0xff) / 64.0 - 2.0;
		x = x * 1103515245u + 12345u;
		b[i] = (double)(x >> 16 & 0xff) / 128.0 - 1.0;
	}
	double trace = 0;
	for (int r = 0; r < rounds; r++) {
		matmul(a, b, c, n);
		for (size_t i = 0; i < n; i++)
			trace += c[i * n + i];
		/* Feed the result back so no round can be skipped. */
		a[(size_t)r % n] = c[(size_t)r % n * (n + 1)] / 1024.0;
	}
	printf("matmul %zux%zu, %d rounds: trace %.6f\n", n, n, rounds, trace);
	free(a);
	free(b);
	free(c);
	return 0;
}
