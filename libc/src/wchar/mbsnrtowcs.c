#include <wchar.h>

/*
 * mbsrtowcs reading at most `nms` bytes of the source (POSIX 2008): a
 * character cut at that end goes into *ps, and its bytes count as read.
 */
size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms, size_t n,
		  mbstate_t *restrict ps)
{
	static mbstate_t internal;
	const char *s = *src;
	size_t count = 0;

	if (ps == NULL)
		ps = &internal;
	while ((dst == NULL || count < n) && nms > 0) {
		wchar_t wc;
		/* At most 4 bytes make a character; the string's NUL stops
		 * mbrtowc before it reads past the end. */
		size_t r = mbrtowc(&wc, s, nms < 4 ? nms : 4, ps);
		if (r == (size_t)-1) {
			if (dst != NULL)
				*src = s;
			return (size_t)-1;
		}
		if (r == (size_t)-2) {
			s += nms;
			break;
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
		nms -= r;
		count++;
	}
	if (dst != NULL)
		*src = s;
	return count;
}
