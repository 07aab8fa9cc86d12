#include <stdio.h>
#include <string.h>

#include "w64_stdio.h"

int puts(const char *s)
{
	size_t len = strlen(s);

	if (__w64_file_write(stdout, s, len) != len)
		return EOF;
	if (__w64_file_write(stdout, "\n", 1) != 1)
		return EOF;
	return 0;
}
