#include <stdio.h>

#include "w64_stdio.h"

int fputc(int c, FILE *f)
{
	unsigned char byte = (unsigned char)c;

	/* The common case, one byte into a buffer with room, without a call
	 * (a newline on a line-buffered stream must flush, and a stream
	 * that may not write must say so: slow path). */
	if ((f->flags & (W64_FILE_READY | W64_FILE_READING | W64_FILE_NO_WRITE)) == W64_FILE_READY &&
	    f->mode != _IONBF && f->buf_len < f->buf_size &&
	    (byte != '\n' || f->mode == _IOFBF)) {
		f->buf[f->buf_len++] = byte;
		return byte;
	}
	if (__w64_file_write(f, &byte, 1) != 1)
		return EOF;
	return byte;
}
