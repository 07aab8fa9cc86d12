#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int swscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vswscanf(s, fmt, ap);
	va_end(ap);
	return ret;
}
