#include <stdio.h>
#include <unistd.h>

#include "w64_stdio.h"

/* Unbuffered, as C requires; setvbuf can still give it a buffer. */
static struct __w64_file stderr_file = {
	.fd = STDERR_FILENO,
	.flags = W64_FILE_NO_READ,
	.mode = _IONBF,
};

FILE *const (stderr) = &stderr_file;
