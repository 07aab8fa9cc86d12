#include <stdio.h>

#include "w64_stdio.h"

/*
 * C allows this only before the first input or output (C11 7.21.5.6); here
 * it works whenever nothing is waiting in the buffer, in either direction.  With buf == NULL the
 * stream uses its own buffer, whatever `size` says; a stream without one
 * (stderr) cannot be made buffered that way, and setvbuf says so by
 * failing.
 */
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
		return -1;
	if (f->buf_len != 0 || f->rpos < f->rend || f->nungot != 0)
		return -1;
	if (mode != _IONBF) {
		if (buf != NULL && size > 0) {
			f->buf = (unsigned char *)buf;
			f->buf_size = size;
		} else if (f->own_buf != NULL) {
			f->buf = f->own_buf;
			f->buf_size = f->own_size;
		} else {
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
