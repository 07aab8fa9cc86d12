#include <errno.h>
#include <uchar.h>
#include <wchar.h>

#include "w64_errno.h"
#include "w64_wide.h"

/*
 * A high surrogate writes nothing and waits in the state for its low
 * surrogate; a low one without it, or anything else after a high one, is
 * EILSEQ.
 */
size_t c16rtomb(char *restrict s, char16_t c16, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	if (ps == NULL)
		ps = &internal;
	if (s == NULL) {
		/* As c16rtomb(buf, 0, ps): a waiting high surrogate is an
		 * error, and the state goes back to the initial one. */
		int waiting = ps->__need == W64_C16_HIGH;
		*ps = (mbstate_t){0};
		return waiting ? (size_t)__w64_set_errno(EILSEQ) : 1;
	}
	unsigned c = c16;
	if (ps->__need == W64_C16_HIGH) {
		unsigned high = ps->__value;
		*ps = (mbstate_t){0};
		if (c < 0xdc00 || c > 0xdfff)
			return (size_t)__w64_set_errno(EILSEQ);
		return wcrtomb(s, (wchar_t)(0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00)), ps);
	}
	if (c >= 0xd800 && c <= 0xdbff) {
		ps->__need = W64_C16_HIGH;
		ps->__value = c;
		return 0;
	}
	if (c >= 0xdc00 && c <= 0xdfff)
		return (size_t)__w64_set_errno(EILSEQ);
	return wcrtomb(s, (wchar_t)c, ps);
}
