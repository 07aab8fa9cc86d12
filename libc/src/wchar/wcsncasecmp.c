#include <wchar.h>

#include "w64_locale.h"

int wcsncasecmp(const wchar_t *a, const wchar_t *b, size_t n)
{
	return wcsncasecmp_l(a, b, n, uselocale((locale_t)0));
}
