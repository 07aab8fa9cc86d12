#include <stdarg.h>
#include <stdio.h>

#include "w64_scan.h"

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct __w64_input in = {.f = f};

	return __w64_vscan(&in, fmt, ap);
}
