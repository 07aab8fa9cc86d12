#include <stdarg.h>
#include <stdio.h>

#include "w64_scan.h"

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	struct __w64_input in = {.s = (const unsigned char *)s};

	return __w64_vscan(&in, fmt, ap);
}
