#include <stdio.h>
#include <wchar.h>

wchar_t *fgetws_unlocked(wchar_t *restrict s, int n, FILE *restrict f)
{
	return fgetws(s, n, f);
}
