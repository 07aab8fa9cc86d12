#include <wchar.h>

/* C11's wcstok: the tokenizer's position lives in *save, not in a
 * static, so interleaved tokenizations are independent. */
wchar_t *wcstok(wchar_t *restrict s, const wchar_t *restrict delim, wchar_t **restrict save)
{
	if (s == NULL)
		s = *save;
	if (s == NULL)
		return NULL;
	s += wcsspn(s, delim);
	if (*s == L'\0') {
		*save = NULL;
		return NULL;
	}
	wchar_t *end = s + wcscspn(s, delim);
	if (*end == L'\0') {
		*save = NULL;
	} else {
		*end = L'\0';
		*save = end + 1;
	}
	return s;
}
