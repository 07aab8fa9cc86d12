#include <stdio_ext.h>

#include "w64_stdio.h"

size_t __fpending(FILE *f)
{
	return (f->flags & W64_FILE_READING) ? 0 : f->buf_len;
}
