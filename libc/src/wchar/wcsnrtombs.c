#include <string.h>
#include <wchar.h>

/* wcsrtombs reading at most `nwc` wide characters (POSIX 2008). */
size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc, size_t n,
		  mbstate_t *restrict ps)
{
	const wchar_t *ws = *src;
	size_t count = 0;
	char buf[4];

	for (; nwc > 0; ws++, nwc--) {
		/* A full buffer ends the conversion before the next character
		 * is looked at, even an invalid one. */
		if (dst != NULL && count >= n)
			break;
		if (*ws == L'\0') {
			if (dst != NULL) {
				dst[count] = '\0';
				*src = NULL;
			}
			return count;
		}
		size_t r = wcrtomb(buf, *ws, ps);
		if (r == (size_t)-1) {
			if (dst != NULL)
				*src = ws;
			return (size_t)-1;
		}
		if (dst != NULL) {
			/* Only whole characters go in. */
			if (r > n - count)
				break;
			memcpy(dst + count, buf, r);
		}
		count += r;
	}
	if (dst != NULL)
		*src = ws;
	return count;
}
