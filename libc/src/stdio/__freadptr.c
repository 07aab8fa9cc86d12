#include <stdio_ext.h>

#include "w64_stdio.h"

/* The input buffered and not yet read, in place: NULL when there is none
 * (or characters pushed back come first). */
const char *__freadptr(FILE *f, size_t *size)
{
	if (!(f->flags & W64_FILE_READING) || f->nungot != 0 || f->rpos == f->rend)
		return NULL;
	*size = f->rend - f->rpos;
	return (const char *)f->buf + f->rpos;
}
