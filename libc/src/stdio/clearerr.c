#include <stdio.h>

#include "w64_stdio.h"

void clearerr(FILE *f)
{
	f->flags &= ~(unsigned)(W64_FILE_ERR | W64_FILE_EOF);
}
