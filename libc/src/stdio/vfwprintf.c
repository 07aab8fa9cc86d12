#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include "w64_format.h"
#include "w64_stdio.h"
#include "w64_wide.h"

/*
 * The printf engine over the wide format (w64_wide.h's encoding); its
 * wide characters go out in LC_CTYPE's multibyte encoding.  One that
 * encoding cannot write ends the call with EILSEQ (and the stream's error
 * indicator).
 */
struct wfile_sink {
	struct __w64_sink base;
	FILE *f;
};

static int wfile_write(struct __w64_sink *s, const char *p, size_t n)
{
	FILE *f = ((struct wfile_sink *)s)->f;
	while (n > 0) {
		/* ASCII in runs, the rest a character at a time. */
		size_t run = 0;
		while (run < n && (unsigned char)p[run] < 0x80)
			run++;
		if (run > 0) {
			if (__w64_file_write(f, p, run) != run)
				return -1;
			p += run;
			n -= run;
			continue;
		}
		uint32_t c;
		size_t len = __w64_wdec(p, &c);
		if (__w64_file_putwc((wchar_t)c, f) == WEOF)
			return -1; /* EILSEQ from wcrtomb, or the write's error */
		p += len;
		n -= len;
	}
	return 0;
}

int vfwprintf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap)
{
	char small[256];
	__w64_file_wide(f);
	char *enc = __w64_wenc_string(fmt, small, sizeof small);
	if (enc == NULL)
		return -1;
	struct wfile_sink sink = {.base = {.write = wfile_write, .wide = 1}, .f = f};
	int ret = __w64_file_vformat(f, &sink.base, enc, ap);
	if (enc != small)
		free(enc);
	return ret;
}
