#include <stdio.h>

#include "w64_stdio.h"

void rewind(FILE *f)
{
	fseeko(f, 0, SEEK_SET);
	f->flags &= ~(unsigned)W64_FILE_ERR;
}
