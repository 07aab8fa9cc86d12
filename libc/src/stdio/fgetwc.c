#include <stdio.h>
#include <wchar.h>

#include "w64_stdio.h"

wint_t fgetwc(FILE *f)
{
	__w64_file_wide(f);
	return __w64_file_getwc(f);
}
