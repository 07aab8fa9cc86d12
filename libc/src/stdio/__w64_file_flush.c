#include <stdio.h>
#include <string.h>

#include "w64_stdio.h"

int __w64_file_flush(struct __w64_file *f)
{
	if (f->buf_len == 0 || (f->flags & W64_FILE_READING))
		return 0;
	size_t done = __w64_file_sys_write(f, f->buf, f->buf_len);
	if (done == f->buf_len) {
		f->buf_len = 0;
		return 0;
	}
	f->flags |= W64_FILE_ERR;
	/* A cookie's short write loses the rest, as in glibc (fmemopen's
	 * buffer is full); a descriptor keeps what did not go out, in order,
	 * for a later retry. */
	if (f->flags & W64_FILE_COOKIE) {
		f->buf_len = 0;
		return EOF;
	}
	memmove(f->buf, f->buf + done, f->buf_len - done);
	f->buf_len -= done;
	return EOF;
}
