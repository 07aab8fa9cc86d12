#include <stdlib.h>
#include <wchar.h>

size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t n)
{
	mbstate_t st = {0};
	const wchar_t *p = src;

	return wcsrtombs(dst, &p, n, &st);
}
