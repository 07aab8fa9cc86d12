#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

wint_t ungetwc(wint_t c, FILE *f)
{
	__w64_file_wide(f);
	return __w64_file_ungetwc(c, f);
}
