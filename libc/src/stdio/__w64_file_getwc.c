#include <errno.h>
#include <stdio.h>
#include <wchar.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/*
 * One byte at a time through mbrtowc.  Bytes that cannot be a character
 * go back into the stream (glibc leaves the position there too), so the
 * program may read them with fgetc; a character cut short by the end of
 * the file is EILSEQ too (C11 7.29.3.1), its bytes consumed.
 */
wint_t __w64_file_getwc(struct __w64_file *f)
{
	if (f->flags & W64_FILE_WUNGOT) {
		f->flags &= ~(unsigned)W64_FILE_WUNGOT;
		return f->wungot;
	}
	unsigned char bytes[4];
	size_t n = 0;
	mbstate_t st = {0};
	for (;;) {
		int c = __w64_getc_inline(f);
		if (c == EOF) {
			if (n == 0)
				return WEOF;
			break;
		}
		bytes[n++] = (unsigned char)c;
		wchar_t wc;
		size_t r = mbrtowc(&wc, (const char *)&bytes[n - 1], 1, &st);
		if (r == (size_t)-2 && n < sizeof bytes)
			continue;
		if (r == (size_t)-1) {
			while (n > 0)
				ungetc(bytes[--n], f);
		}
		if (r <= 1)
			return (wint_t)wc;
		break;
	}
	f->flags |= W64_FILE_ERR;
	__w64_set_errno(EILSEQ);
	return WEOF;
}
