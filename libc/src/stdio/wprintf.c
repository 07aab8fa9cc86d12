#include <stdarg.h>
#include <stdio.h>
#include <wchar.h>

int wprintf(const wchar_t *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vfwprintf(stdout, fmt, ap);
	va_end(ap);
	return ret;
}
