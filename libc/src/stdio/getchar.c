#include <stdio.h>

#include "w64_stdio.h"

int getchar(void)
{
	return __w64_getc_inline(stdin);
}
