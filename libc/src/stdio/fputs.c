#include <stdio.h>
#include <string.h>

#include "w64_stdio.h"

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t len = strlen(s);

	if (__w64_file_write(f, s, len) != len)
		return EOF;
	return 0;
}
