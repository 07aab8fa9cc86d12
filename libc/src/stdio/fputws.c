#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

int fputws(const wchar_t *restrict s, FILE *restrict f)
{
	__w64_file_wide(f);
	for (; *s != L'\0'; s++) {
		if (__w64_file_putwc(*s, f) == WEOF)
			return -1;
	}
	return 0;
}
