#include <wchar.h>

size_t wcsspn(const wchar_t *s, const wchar_t *set)
{
	size_t i = 0;
	while (s[i] != L'\0' && wcschr(set, s[i]) != NULL)
		i++;
	return i;
}
