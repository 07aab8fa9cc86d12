#include <wchar.h>

wchar_t *wcsncpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	size_t i = 0;
	for (; i < n && s[i] != L'\0'; i++)
		d[i] = s[i];
	for (; i < n; i++)
		d[i] = L'\0';
	return d;
}
