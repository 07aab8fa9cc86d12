#include <string.h>

/*
 * Candidates are found with memchr on the needle's first byte, then
 * checked with memcmp: linear on most inputs; quadratic worst case
 * (long runs of a repeated prefix), which keeps this small.
 */
void *memmem(const void *hay, size_t hay_len, const void *needle, size_t needle_len)
{
	const unsigned char *h = hay;
	const unsigned char *n = needle;

	if (needle_len == 0)
		return (void *)h;
	while (hay_len >= needle_len) {
		const unsigned char *c = memchr(h, n[0], hay_len - needle_len + 1);
		if (c == NULL)
			return NULL;
		if (memcmp(c + 1, n + 1, needle_len - 1) == 0)
			return (void *)c;
		hay_len -= (size_t)(c - h) + 1;
		h = c + 1;
	}
	return NULL;
}
