/* The threads benchmark: a Mandelbrot set of SIZE x SIZE points, rows
 * handed out one at a time through an atomic counter to THREADS threads
 * (the main thread is one of them), so uneven rows balance themselves.
 * Prints a checksum that does not depend on the number of threads.
 *
 *   mandel THREADS [SIZE]     (default SIZE 1200) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 500

static int size = 1200;
static atomic_int next_row;
static unsigned *row_iters;

static unsigned row(int y)
{
	unsigned total = 0;
	double ci = -1.25 + 2.5 * y / size;
	for (int x = 0; x < size; x++) {
		double cr = -2.0 + 2.75 * x / size, zr = 0, zi = 0;
		int n = 0;
		while (n < MAX_ITER && zr * zr + zi * zi <= 4.0) {
			double t = zr * zr - zi * zi + cr;
			zi = 2 * zr * zi + ci;
			zr = t;
			n++;
		}
		total += (unsigned)n;
	}
	return total;
}

static void *worker(void *arg)
{
	(void)arg;
	for (int y; (y = atomic_fetch_add(&next_row, 1)) < size;)
		row_iters[y] = row(y);
	return NULL;
}

int main(int argc, char **argv)
{
	int threads = argc > 1 ? atoi(argv[1]) : 1;
	if (argc > 2)
		size = atoi(argv[2]);
	if (threads < 1 || threads > 64 || size < 1) {
		fprintf(stderr, "usage: mandel THREADS(1-64) [SIZE]\n");
		return 2;
	}
	row_iters = calloc((size_t)size, sizeof *row_iters);
	pthread_t t[64];
	for (int i = 1; i < threads; i++)
		if (pthread_create(&t[i], NULL, worker, NULL) != 0) {
			fprintf(stderr, "mandel: pthread_create failed\n");
			return 1;
		}
	worker(NULL);
	for (int i = 1; i < threads; i++)
		pthread_join(t[i], NULL);
	unsigned long long sum = 0;
	for (int y = 0; y < size; y++)
		sum += (unsigned long long)row_iters[y] * (unsigned)(y + 1);
	printf("checksum %llu\n", sum);
	free(row_iters);
	return 0;
}
