#include <wchar.h>

wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n)
{
	wchar_t *end = d + wcslen(d);
	size_t i = 0;
	for (; i < n && s[i] != L'\0'; i++)
		end[i] = s[i];
	end[i] = L'\0';
	return d;
}
