#include <stdio.h>

#include "w64_stdio.h"

/* The mode must suit the descriptor; it is not checked against it. */
FILE *fdopen(int fd, const char *mode)
{
	unsigned file_flags;
	if (__w64_fopen_flags(mode, &file_flags) < 0)
		return NULL;
	return __w64_file_new(fd, file_flags);
}
