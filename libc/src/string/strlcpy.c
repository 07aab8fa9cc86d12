#include <string.h>

/* Copies at most size - 1 bytes and always terminates (size > 0); the
 * return value is strlen(src), so truncation shows as a result >= size. */
size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size != 0) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}
