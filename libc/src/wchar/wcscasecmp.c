#include <wchar.h>

#include "w64_locale.h"

int wcscasecmp(const wchar_t *a, const wchar_t *b)
{
	return wcsncasecmp_l(a, b, (size_t)-1, uselocale((locale_t)0));
}
