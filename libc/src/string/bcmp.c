#include <stddef.h>

/*
 * clang lowers `memcmp(a, b, n) == 0` to bcmp, and Rust code calls it, so
 * it must exist; POSIX.1-2008 removed it, so no header declares it.
 */
int bcmp(const void *a, const void *b, size_t n);

int bcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n > 0; n--, p++, q++) {
		if (*p != *q)
			return 1;
	}
	return 0;
}
