#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

/* Up to n - 1 wide characters, through the first newline. */
wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f)
{
	__w64_file_wide(f);
	if (n <= 0)
		return NULL;
	int i = 0;
	while (i < n - 1) {
		wint_t c = __w64_file_getwc(f);
		if (c == WEOF) {
			/* An error fails the call even after some input; the end
			 * of file only before any (C11 7.29.3.2). */
			if (i == 0 || (f->flags & W64_FILE_ERR))
				return NULL;
			break;
		}
		s[i++] = (wchar_t)c;
		if (c == L'\n')
			break;
	}
	s[i] = L'\0';
	return s;
}
