#include <stdio.h>
#include <wchar.h>

/* A single byte is a whole character only below 0x80, in both locales. */
wint_t btowc(int c)
{
	return c >= 0 && c < 0x80 ? (wint_t)c : WEOF;
}
