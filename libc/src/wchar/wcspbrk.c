#include <wchar.h>

wchar_t *wcspbrk(const wchar_t *s, const wchar_t *set)
{
	s += wcscspn(s, set);
	return *s != L'\0' ? (wchar_t *)s : NULL;
}
