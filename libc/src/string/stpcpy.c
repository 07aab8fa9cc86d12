#include <string.h>

char *stpcpy(char *restrict dst, const char *restrict src)
{
	size_t len = strlen(src);

	memcpy(dst, src, len + 1);
	return dst + len;
}
