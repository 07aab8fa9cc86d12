#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_stdio.h"

static size_t write_through(struct __w64_file *f, const void *p, size_t n)
{
	size_t done = __w64_file_sys_write(f, p, n);
	if (done < n)
		f->flags |= W64_FILE_ERR;
	return done;
}

size_t __w64_file_write(struct __w64_file *f, const void *p, size_t n)
{
	/* Nothing to write is no error, even on a stream that cannot write
	 * (glibc's fputs("") succeeds there). */
	if (n == 0)
		return 0;
	if ((f->flags & (W64_FILE_READY | W64_FILE_READING | W64_FILE_NO_WRITE)) != W64_FILE_READY &&
	    __w64_file_to_write(f) != 0)
		return 0;
	f->flags |= W64_FILE_WROTE;
	if (f->mode == _IONBF || f->buf_size == 0) {
		/* Bytes buffered before a switch to unbuffered go first. */
		if (__w64_file_flush(f) != 0)
			return 0;
		return write_through(f, p, n);
	}
	if (n > f->buf_size - f->buf_len) {
		if (__w64_file_flush(f) != 0)
			return 0;
		/* Too big to ever fit: copying it through the buffer would
		 * only cost a copy. */
		if (n >= f->buf_size)
			return write_through(f, p, n);
	}
	memcpy(f->buf + f->buf_len, p, n);
	f->buf_len += n;
	/* A line-buffered stream sends its buffer once a line is complete
	 * (C11 7.21.3p3); the partial line after the newline goes too. */
	if (f->mode == _IOLBF && memchr(p, '\n', n) != NULL && __w64_file_flush(f) != 0)
		return 0;
	return n;
}
