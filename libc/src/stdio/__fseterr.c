#include <stdio_ext.h>

#include "w64_stdio.h"

void __fseterr(FILE *f)
{
	f->flags |= W64_FILE_ERR;
}
