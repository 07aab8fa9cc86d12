#include <wchar.h>

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0;

	if (ps == NULL)
		ps = &internal;
	while (dst == NULL || count < n) {
		wchar_t wc;
		/* At most 4 bytes make a character; the string's NUL stops
		 * mbrtowc before it reads past the end. */
		size_t r = mbrtowc(&wc, s, 4, ps);
		if (r == (size_t)-1 || r == (size_t)-2) {
			if (dst != NULL)
				*src = s;
			return (size_t)-1;
		}
		if (r == 0) {
			if (dst != NULL) {
				dst[count] = L'\0';
				*src = NULL;
			}
			return count;
		}
		if (dst != NULL)
			dst[count] = wc;
		s += r;
		count++;
	}
	*src = s;
	return count;
}
