#include <stdlib.h>

#include "w64_sort.h"

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	const struct w64_order order = {cmp, NULL, NULL};
	__w64_sort(base, n, size, &order);
}
