#include <stdarg.h>
#include <stdio.h>

int scanf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return ret;
}
