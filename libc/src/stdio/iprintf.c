#include <stdarg.h>
#include <stdio.h>

/* newlib's integer-only printf, which wasi-libc also exports: here
 * printf itself. */
int iprintf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}
