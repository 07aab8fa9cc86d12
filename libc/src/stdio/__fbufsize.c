#include <stdio_ext.h>

#include "w64_stdio.h"

size_t __fbufsize(FILE *f)
{
	return f->mode == _IONBF ? 0 : f->buf_size;
}
