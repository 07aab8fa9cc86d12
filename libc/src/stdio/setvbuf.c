#include <stdio.h>

#include "w64_stdio.h"

/*
 * Allowed only before the first output (C11 7.21.5.6), which is also what
 * makes replacing the buffer safe.  With buf == NULL the stream keeps the
 * buffer it has, whatever `size` says; a stream without one (stderr)
 * cannot be made buffered that way, and setvbuf says so by failing.
 */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return -1;
	if (f->buf_len != 0)
		return -1;
	if (mode != _IONBF) {
		if (buf != NULL && size > 0) {
			f->buf = (unsigned char *)buf;
			f->buf_size = size;
		} else if (f->buf == NULL) {
			return -1;
		}
	}
	/* Chosen now: no need to ask the host what fd this is. */
	f->flags &= ~(unsigned)W64_FILE_AUTO_LBF;
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	f->mode = mode;
	return 0;
}
