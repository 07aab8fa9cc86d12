#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int swprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vswprintf(s, n, fmt, ap);
	va_end(ap);
	return ret;
}
