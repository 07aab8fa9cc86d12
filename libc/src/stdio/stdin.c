#include <stdio.h>
#include <unistd.h>

#include "w64_stdio.h"

/* No input functions exist yet; writing to stdin is an error (EBADF). */
static struct __w64_file stdin_file = {
	.fd = STDIN_FILENO,
	.flags = W64_FILE_NO_WRITE,
	.mode = _IONBF,
};

FILE *const (stdin) = &stdin_file;
