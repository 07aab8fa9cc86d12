#include <stdlib.h>

#include "w64_sort.h"

/* glibc's argument order (the context last, for the comparison too); the
 * BSDs' qsort_r puts it first and is not this function. */
void qsort_r(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *), void *arg)
{
	const struct w64_order order = {NULL, cmp, arg};
	__w64_sort(base, n, size, &order);
}
