#include <stdarg.h>
#include <stdio.h>

int asprintf(char **restrict out, const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int ret = vasprintf(out, fmt, ap);
	va_end(ap);
	return ret;
}
