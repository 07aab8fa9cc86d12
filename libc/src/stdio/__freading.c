#include <stdio_ext.h>

#include "w64_stdio.h"

/* Opened for reading only, or reading last (glibc's definition). */
int __freading(FILE *f)
{
	return (f->flags & (W64_FILE_NO_WRITE | W64_FILE_READING)) != 0;
}
