#include <stdarg.h>
#include <stdio.h>

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return ret;
}
