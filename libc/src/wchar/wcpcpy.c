#include <wchar.h>

/* wcscpy returning the end of the copy (its NUL). */
wchar_t *wcpcpy(wchar_t *restrict d, const wchar_t *restrict s)
{
	while ((*d = *s++) != L'\0')
		d++;
	return d;
}
