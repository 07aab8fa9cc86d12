#include <stdio_ext.h>

#include "w64_stdio.h"

int __flbf(FILE *f)
{
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	return f->mode == _IOLBF;
}
