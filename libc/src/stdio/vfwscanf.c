#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include "w64_scan.h"
#include "w64_stdio.h"
#include "w64_wide.h"

/* The scanf engine over wide characters read with fgetwc, the format in
 * w64_wide.h's encoding. */
int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	char small[256];
	__w64_file_wide(f);
	char *enc = __w64_wenc_string(fmt, small, sizeof small);
	if (enc == NULL)
		return EOF;
	struct __w64_input in = {.f = f, .wide = 1};
	int ret = __w64_vscan(&in, enc, ap);
	if (enc != small)
		free(enc);
	return ret;
}
