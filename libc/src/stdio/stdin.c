#include <stdio.h>
#include <unistd.h>

#include "w64_stdio.h"

static unsigned char stdin_buf[BUFSIZ];

/* Line-buffered on a terminal (reading it then flushes line-buffered
 * output, such as a prompt on stdout), fully buffered otherwise. */
static struct __w64_file stdin_file = {
	.fd = STDIN_FILENO,
	.flags = W64_FILE_NO_WRITE | W64_FILE_AUTO_LBF,
	.mode = _IOFBF,
	.buf = stdin_buf,
	.buf_size = sizeof stdin_buf,
	.own_buf = stdin_buf,
	.own_size = sizeof stdin_buf,
};

FILE *const (stdin) = &stdin_file;
