/* Recursive calls: the Takeuchi function and naive Fibonacci. */
#include <stdio.h>
#include <stdlib.h>

static int tak(int x, int y, int z)
{
	return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

static long fib(int n)
{
	return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1000;
	long t = 0;
	for (int i = 0; i < scale; i++)
		t += tak(18 + i % 3, 12, 6);
	int n = 20 + (scale > 100 ? 12 : scale * 12 / 100);
	printf("tak sum %ld, fib(%d) = %ld\n", t, n, fib(n));
	return 0;
}
