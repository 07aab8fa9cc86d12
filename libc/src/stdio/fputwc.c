#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

wint_t fputwc(wchar_t c, FILE *f)
{
	__w64_file_wide(f);
	return __w64_file_putwc(c, f);
}
