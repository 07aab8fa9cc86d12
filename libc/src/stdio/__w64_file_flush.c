#include <stdio.h>
#include <string.h>

#include "w64_stdio.h"

int __w64_file_flush(struct __w64_file *f)
{
	if (f->buf_len == 0 || (f->flags & W64_FILE_READING))
		return 0;
	size_t done = __w64_write_all(f->fd, f->buf, f->buf_len);
	if (done == f->buf_len) {
		f->buf_len = 0;
		return 0;
	}
	/* Keep what did not go out, in order, for a later retry. */
	memmove(f->buf, f->buf + done, f->buf_len - done);
	f->buf_len -= done;
	f->flags |= W64_FILE_ERR;
	return EOF;
}
