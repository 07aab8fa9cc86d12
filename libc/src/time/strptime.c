#include <time.h>

#include "w64_time.h"

char *strptime(const char *restrict s, const char *restrict fmt, struct tm *restrict tm)
{
	unsigned seen;
	return __w64_strptime(s, fmt, tm, &seen);
}
