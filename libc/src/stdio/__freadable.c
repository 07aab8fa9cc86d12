#include <stdio_ext.h>

#include "w64_stdio.h"

int __freadable(FILE *f)
{
	return !(f->flags & W64_FILE_NO_READ);
}
