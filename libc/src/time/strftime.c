#include <time.h>

#include "w64_time.h"

size_t strftime(char *restrict s, size_t max, const char *restrict fmt, const struct tm *restrict tm)
{
	size_t len = __w64_strftime(s, max, fmt, tm);
	if (len >= max)
		return 0;
	s[len] = '\0';
	return len;
}
