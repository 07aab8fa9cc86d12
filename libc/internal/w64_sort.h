#ifndef W64_SORT_H
#define W64_SORT_H

#include <stddef.h>

/* A comparison for the sorting engine: qsort's two-argument function
 * (cmp3 NULL) or qsort_r's three-argument one with its argument. */
struct w64_order {
	int (*cmp2)(const void *, const void *);
	int (*cmp3)(const void *, const void *, void *);
	void *arg;
};

/* Introsort (libc/src/stdlib/__w64_sort.c). */
__attribute__((visibility("hidden"))) void __w64_sort(void *base, size_t n, size_t size,
						      const struct w64_order *order);

#endif
