#include <stdio_ext.h>

#include "w64_stdio.h"

/* Opened for writing only, or writing last. */
int __fwriting(FILE *f)
{
	return (f->flags & (W64_FILE_NO_READ | W64_FILE_WROTE)) != 0;
}
