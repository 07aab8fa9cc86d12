#include <stdio.h>

#include "w64_stdio.h"

int feof(FILE *f)
{
	return (f->flags & W64_FILE_EOF) != 0;
}
