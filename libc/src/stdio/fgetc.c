#include <stdio.h>

#include "w64_stdio.h"

int fgetc(FILE *f)
{
	return __w64_getc_inline(f);
}
