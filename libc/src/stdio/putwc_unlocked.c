#include <stdio.h>
#include <wchar.h>

/* One thread: the unlocked forms are the locked ones. */
wint_t putwc_unlocked(wchar_t c, FILE *f)
{
	return fputwc(c, f);
}
