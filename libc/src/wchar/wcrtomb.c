#include <errno.h>
#include <stdint.h>
#include <wchar.h>

#include "w64_errno.h"
#include "w64_locale.h"

size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps)
{
	(void)ps; /* nothing is ever left over between wide characters */
	if (s == NULL)
		return 1; /* as for L'\0': back to the initial state */
	uint32_t c = (uint32_t)wc;
	if (c < 0x80) {
		s[0] = (char)c;
		return 1;
	}
	if (!__w64_ctype_utf8 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return (size_t)__w64_set_errno(EILSEQ);
	if (c < 0x800) {
		s[0] = (char)(0xc0 | c >> 6);
		s[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		s[0] = (char)(0xe0 | c >> 12);
		s[1] = (char)(0x80 | (c >> 6 & 0x3f));
		s[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	s[0] = (char)(0xf0 | c >> 18);
	s[1] = (char)(0x80 | (c >> 12 & 0x3f));
	s[2] = (char)(0x80 | (c >> 6 & 0x3f));
	s[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}
