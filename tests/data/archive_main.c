/* Uses archive_lib.c through libarchive_lib.a (tests/33-programs.bats). */
#include <stdio.h>
#include <stdlib.h>

double median(double *v, size_t n);
int describe(char *buf, size_t size, double m);

int main(int argc, char **argv)
{
	double v[64];
	size_t n = 0;
	char buf[128];

	for (int i = 1; i < argc && n < 64; i++)
		v[n++] = (double)strtol(argv[i], NULL, 0) / 4;
	describe(buf, sizeof buf, median(v, n));
	puts(buf);
	return 0;
}
