#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include "w64_format.h"
#include "w64_wide.h"

struct wbuf_sink {
	struct __w64_sink base;
	wchar_t *buf;
	size_t room; /* characters that still fit, keeping one for the NUL */
};

static int wbuf_write(struct __w64_sink *s, const char *p, size_t n)
{
	struct wbuf_sink *bs = (struct wbuf_sink *)s;
	for (size_t i = 0; i < n && bs->room > 0; bs->room--) {
		uint32_t c;
		i += __w64_wdec(p + i, &c);
		*bs->buf++ = (wchar_t)c;
	}
	return 0;
}

/*
 * Unlike snprintf, output that does not fit is a failure (C11
 * 7.29.2.3): -1, with what fit written and terminated.  errno is left
 * alone then, as glibc does.
 */
int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap)
{
	char small[256];
	if (n == 0)
		return -1;
	char *enc = __w64_wenc_string(fmt, small, sizeof small);
	if (enc == NULL)
		return -1;
	struct wbuf_sink sink = {.base = {.write = wbuf_write, .wide = 1}, .buf = s, .room = n - 1};
	int ret = __w64_vformat(&sink.base, enc, ap);
	*sink.buf = L'\0';
	if (enc != small)
		free(enc);
	return ret >= 0 && (size_t)ret >= n ? -1 : ret;
}
