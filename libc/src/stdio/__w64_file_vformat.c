#include <stdarg.h>
#include <stdio.h>

#include "w64_format.h"
#include "w64_stdio.h"

int __w64_file_vformat(FILE *f, struct __w64_sink *sink, const char *fmt, va_list ap)
{
	/* Ready for output before a buffer may be lent below. */
	if ((f->flags & (W64_FILE_READY | W64_FILE_READING | W64_FILE_NO_WRITE)) != W64_FILE_READY &&
	    __w64_file_to_write(f) != 0)
		return -1;
	if (f->mode != _IONBF && f->buf_size != 0)
		return __w64_vformat(sink, fmt, ap);

	/*
	 * An unbuffered stream (stderr) would see one write per piece of the
	 * output.  Lend it a buffer for the duration of the call, so that a
	 * message goes out in one write unless it is longer than the buffer.
	 */
	unsigned char tmp[1024];
	int saved_mode = f->mode;
	unsigned char *saved_buf = f->buf;
	size_t saved_size = f->buf_size;
	f->mode = _IOFBF;
	f->buf = tmp;
	f->buf_size = sizeof tmp;
	int ret = __w64_vformat(sink, fmt, ap);
	if (__w64_file_flush(f) != 0)
		ret = -1;
	f->buf_len = 0; /* an unwritten remainder is lost with the buffer */
	f->mode = saved_mode;
	f->buf = saved_buf;
	f->buf_size = saved_size;
	return ret;
}
