#include <wchar.h>

/* Quadratic at worst: wide-string searches are short in practice. */
wchar_t *wcsstr(const wchar_t *h, const wchar_t *n)
{
	size_t nl = wcslen(n);
	if (nl == 0)
		return (wchar_t *)h;
	for (; *h != L'\0'; h++) {
		if (*h == *n && wcsncmp(h, n, nl) == 0)
			return (wchar_t *)h;
	}
	return NULL;
}
