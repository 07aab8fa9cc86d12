#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

wint_t __w64_file_ungetwc(wint_t c, struct __w64_file *f)
{
	if (c == WEOF)
		return WEOF;
	if (!(f->flags & W64_FILE_READING) && __w64_file_to_read(f) != 0)
		return WEOF;
	if (f->flags & W64_FILE_WUNGOT) {
		/* A second pushback (C promises one): the first goes back as
		 * bytes, last first, so that it is read after c. */
		char bytes[4];
		mbstate_t st = {0};
		size_t n = wcrtomb(bytes, (wchar_t)f->wungot, &st);
		if (n == (size_t)-1 || n > W64_UNGET_MAX - f->nungot)
			return WEOF;
		while (n > 0)
			ungetc((unsigned char)bytes[--n], f);
	}
	f->wungot = c;
	f->flags = (f->flags | W64_FILE_WUNGOT) & ~(unsigned)W64_FILE_EOF;
	return c;
}
