#include <uchar.h>
#include <wchar.h>

/* wchar_t is already a UTF-32 code point. */
size_t mbrtoc32(char32_t *restrict pc32, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, ps != NULL ? ps : &internal);
	if (r <= n && pc32 != NULL && s != NULL)
		*pc32 = (char32_t)wc;
	return r;
}
