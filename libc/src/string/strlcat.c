#include <string.h>

/* Appends src to the string in dst[0..size); returns the length the
 * whole would have had: strlen(dst) + strlen(src), with strlen(dst)
 * taken as size when dst holds no NUL within size (then nothing is
 * written, as in the BSDs). */
size_t strlcat(char *dst, const char *src, size_t size)
{
	size_t used = strnlen(dst, size);

	if (used == size)
		return size + strlen(src);
	return used + strlcpy(dst + used, src, size - used);
}
