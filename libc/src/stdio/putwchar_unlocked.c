#include <stdio.h>
#include <wchar.h>

wint_t putwchar_unlocked(wchar_t c)
{
	return fputwc(c, stdout);
}
