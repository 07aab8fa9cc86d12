/* Linked from a static archive (tests/33-programs.bats). */
#include <stdio.h>
#include <stdlib.h>

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

double median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int describe(char *buf, size_t size, double m)
{
	return snprintf(buf, size, "median %.3f (%a)", m, m);
}
