#include <wchar.h>
#include <wctype.h>

/* Compares the lower-case forms (towlower in l), as glibc does; the
 * sign is that of the difference of the first that differ. */
int wcsncasecmp_l(const wchar_t *a, const wchar_t *b, size_t n, locale_t l)
{
	for (; n > 0; a++, b++, n--) {
		wint_t ca = towlower_l((wint_t)*a, l), cb = towlower_l((wint_t)*b, l);
		if (ca != cb)
			return (wchar_t)ca < (wchar_t)cb ? -1 : 1;
		if (*a == L'\0')
			return 0;
	}
	return 0;
}
