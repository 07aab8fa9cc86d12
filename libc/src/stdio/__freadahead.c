#include <stdio_ext.h>

#include "w64_stdio.h"

/* The input bytes buffered and not yet read. */
size_t __freadahead(FILE *f)
{
	return (f->flags & W64_FILE_READING) ? f->rend - f->rpos + f->nungot : 0;
}
