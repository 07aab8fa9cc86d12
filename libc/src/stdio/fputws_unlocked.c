#include <stdio.h>
#include <wchar.h>

int fputws_unlocked(const wchar_t *restrict s, FILE *restrict f)
{
	return fputws(s, f);
}
