#include <wchar.h>

/* wchar_t is signed: compare as wchar_t, as C says (not as unsigned). */
int wcscmp(const wchar_t *a, const wchar_t *b)
{
	while (*a == *b && *a != L'\0') {
		a++;
		b++;
	}
	return *a < *b ? -1 : *a > *b;
}
