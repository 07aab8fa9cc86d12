#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

wint_t __w64_file_putwc(wchar_t c, struct __w64_file *f)
{
	char bytes[4];
	mbstate_t st = {0};
	size_t n = wcrtomb(bytes, c, &st);
	if (n == (size_t)-1) {
		f->flags |= W64_FILE_ERR;
		return WEOF;
	}
	return __w64_file_write(f, bytes, n) == n ? (wint_t)c : WEOF;
}
