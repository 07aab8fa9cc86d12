#include <stdio.h>
#include <unistd.h>

#include "w64_stdio.h"

static unsigned char stdout_buf[BUFSIZ];

/* The mode is decided at first use: line-buffered on a terminal. */
static struct __w64_file stdout_file = {
	.fd = STDOUT_FILENO,
	.flags = W64_FILE_AUTO_LBF | W64_FILE_NO_READ,
	.mode = _IOFBF,
	.buf = stdout_buf,
	.buf_size = sizeof stdout_buf,
	.own_buf = stdout_buf,
	.own_size = sizeof stdout_buf,
};

FILE *const (stdout) = &stdout_file;
