#include <stdio_ext.h>

#include "w64_stdio.h"

/* Consumes n of the bytes __freadptr showed. */
void __freadptrinc(FILE *f, size_t n)
{
	f->rpos += n;
}
