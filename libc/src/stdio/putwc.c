#include <stdio.h>
#include <wchar.h>

/* A function, as fputwc. */
wint_t putwc(wchar_t c, FILE *f)
{
	return fputwc(c, f);
}
