#include <stdarg.h>
#include <stdio.h>

int sprintf(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vsprintf(s, fmt, ap);
	va_end(ap);
	return ret;
}
