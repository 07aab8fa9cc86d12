#include <errno.h>
#include <stdint.h>
#include <wchar.h>

#include "w64_errno.h"
#include "w64_locale.h"

/*
 * UTF-8 one byte at a time, so that a character split across calls picks
 * up where it stopped (the state holds the bytes still to come, the
 * sequence's length and the bits so far).  Overlong forms, surrogates and
 * values above U+10FFFF are refused as soon as the second byte shows them,
 * as a strict decoder must: a sequence is invalid the moment it cannot
 * become valid.
 */
#define LEN_SHIFT 8

size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n, mbstate_t *restrict ps)
{
	static mbstate_t internal;
	if (ps == NULL)
		ps = &internal;
	if (s == NULL) {
		/* The same as mbrtowc(NULL, "", 1, ps): only valid between
		 * characters. */
		if (ps->__need != 0) {
			*ps = (mbstate_t){0};
			return (size_t)__w64_set_errno(EILSEQ);
		}
		return 0;
	}

	unsigned need = ps->__need & 0xff;
	unsigned len = ps->__need >> LEN_SHIFT;
	uint32_t value = ps->__value;
	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];
		if (need == 0) {
			if (c < 0x80) {
				if (pwc != NULL)
					*pwc = (wchar_t)c;
				return c == 0 ? 0 : 1;
			}
			if (!__w64_ctype_utf8 || c < 0xc2 || c > 0xf4)
				goto invalid;
			len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
			need = len - 1;
			value = c & (0x7fu >> len);
			continue;
		}
		if ((c & 0xc0) != 0x80)
			goto invalid;
		value = value << 6 | (c & 0x3f);
		if (need == len - 1) {
			/* The first continuation byte decides the range. */
			if ((len == 3 && (value < 0x20 || (value >= 0x360 && value <= 0x37f))) ||
			    (len == 4 && (value < 0x10 || value > 0x10f)))
				goto invalid;
		}
		if (--need == 0) {
			if (pwc != NULL)
				*pwc = (wchar_t)value;
			*ps = (mbstate_t){0};
			return i + 1;
		}
	}
	ps->__need = need | len << LEN_SHIFT;
	ps->__value = value;
	return (size_t)-2;

invalid:
	*ps = (mbstate_t){0};
	return (size_t)__w64_set_errno(EILSEQ);
}
