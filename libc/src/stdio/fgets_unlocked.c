#include <stdio.h>

char *fgets_unlocked(char *restrict s, int n, FILE *restrict f)
{
	return fgets(s, n, f);
}
