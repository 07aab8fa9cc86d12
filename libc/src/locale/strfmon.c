#include <monetary.h>
#include <stdarg.h>

#include "w64_monetary.h"

ssize_t strfmon(char *restrict s, size_t max, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ssize_t n = __w64_vstrfmon(s, max, fmt, ap);
	va_end(ap);
	return n;
}
