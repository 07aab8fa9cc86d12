#include <uchar.h>
#include <wchar.h>

#include "w64_wide.h"

/*
 * A character past U+FFFF is two UTF-16 units: this call returns the high
 * surrogate and keeps the low one in the state, and the next call gives
 * it back, reading nothing, with (size_t)-3.
 */
size_t mbrtoc16(char16_t *restrict pc16, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	if (ps == NULL)
		ps = &internal;
	if (ps->__need == W64_C16_PENDING) {
		if (pc16 != NULL && s != NULL)
			*pc16 = (char16_t)ps->__value;
		*ps = (mbstate_t){0};
		return (size_t)-3;
	}
	wchar_t wc;
	size_t r = mbrtowc(&wc, s, n, ps);
	if (r > n || s == NULL)
		return r;
	if ((unsigned)wc >= 0x10000) {
		unsigned v = (unsigned)wc - 0x10000;
		ps->__need = W64_C16_PENDING;
		ps->__value = 0xdc00 | (v & 0x3ff);
		wc = (wchar_t)(0xd800 | v >> 10);
	}
	if (pc16 != NULL)
		*pc16 = (char16_t)wc;
	return r;
}
