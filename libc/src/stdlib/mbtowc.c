#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

#include "w64_errno.h"

/* No encoding here has shift states: mbtowc(NULL, ...) returns 0. */
int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n)
{
	static mbstate_t st;

	if (s == NULL) {
		st = (mbstate_t){0};
		return 0;
	}
	size_t r = mbrtowc(pwc, s, n, &st);
	if (r == (size_t)-2) {
		st = (mbstate_t){0};
		return __w64_set_errno(EILSEQ);
	}
	return r == (size_t)-1 ? -1 : (int)r;
}
