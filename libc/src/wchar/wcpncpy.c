#include <wchar.h>

/* wcsncpy returning the end of the copy: its first NUL, or d + n when
 * the source filled all n. */
wchar_t *wcpncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t len = wcsnlen(s, n);
	wmemcpy(d, s, len);
	wmemset(d + len, L'\0', n - len);
	return d + len;
}
