#include <stdarg.h>
#include <stdio.h>

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vsscanf(s, fmt, ap);
	va_end(ap);
	return ret;
}
