#include <unistd.h>

/* Copies n bytes (n rounded down to even; nothing when n < 2) from src
 * to dst, swapping each pair. */
void swab(const void *restrict src, void *restrict dst, ssize_t n)
{
	const unsigned char *s = src;
	unsigned char *d = dst;

	for (; n > 1; n -= 2, s += 2, d += 2) {
		d[0] = s[1];
		d[1] = s[0];
	}
}
