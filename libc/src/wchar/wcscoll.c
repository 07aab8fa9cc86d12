#include <wchar.h>

/* Both locales collate in code point order. */
int wcscoll(const wchar_t *a, const wchar_t *b)
{
	return wcscmp(a, b);
}
