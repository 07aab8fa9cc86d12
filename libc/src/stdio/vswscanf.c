#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include "w64_scan.h"
#include "w64_wide.h"

int vswscanf(const wchar_t *restrict s, const wchar_t *restrict fmt, va_list ap)
{
	char small[256];
	char *enc = __w64_wenc_string(fmt, small, sizeof small);
	if (enc == NULL)
		return EOF;
	struct __w64_input in = {.ws = s, .wide = 1};
	int ret = __w64_vscan(&in, enc, ap);
	if (enc != small)
		free(enc);
	return ret;
}
