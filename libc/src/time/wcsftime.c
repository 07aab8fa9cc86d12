#include <stdlib.h>
#include <time.h>
#include <wchar.h>

#include "w64_time.h"
#include "w64_wide.h"

/*
 * strftime's engine over the wide format in w64_wide.h's encoding: the
 * conversions write ASCII, and the format's other characters come out
 * as they went in.  A result longer than the stack buffer is made again
 * in one from malloc.
 */
size_t wcsftime(wchar_t *restrict s, size_t max, const wchar_t *restrict fmt, const struct tm *restrict tm)
{
	char small_fmt[256], small_out[512];
	char *enc = __w64_wenc_string(fmt, small_fmt, sizeof small_fmt);
	if (enc == NULL)
		return 0;
	char *out = small_out;
	size_t len = __w64_strftime(out, sizeof small_out, enc, tm);
	if (len > sizeof small_out && (out = malloc(len)) != NULL)
		__w64_strftime(out, len, enc, tm);
	size_t n = 0, i = 0;
	while (out != NULL && i < len && n < max) {
		uint32_t c;
		i += __w64_wdec(out + i, &c);
		s[n++] = (wchar_t)c;
	}
	if (out != small_out)
		free(out);
	if (enc != small_fmt)
		free(enc);
	/* All of it, and room for the NUL. */
	if (out == NULL || i < len || n >= max)
		return 0;
	s[n] = L'\0';
	return n;
}
