#include <string.h>

/* Copies at most n bytes and pads with NULs to n; returns the end of the
 * copied string (dst + n when src did not fit). */
char *stpncpy(char *restrict dst, const char *restrict src, size_t n)
{
	size_t len = strnlen(src, n);

	memcpy(dst, src, len);
	memset(dst + len, 0, n - len);
	return dst + len;
}
