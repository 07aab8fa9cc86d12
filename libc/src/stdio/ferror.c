#include <stdio.h>

#include "w64_stdio.h"

int ferror(FILE *f)
{
	return (f->flags & W64_FILE_ERR) != 0;
}
