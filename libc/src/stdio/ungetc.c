#include <stdio.h>

#include "w64_stdio.h"

int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (!(f->flags & W64_FILE_READING) && __w64_file_to_read(f) != 0)
		return EOF;
	unsigned char byte = (unsigned char)c;
	/* Into the buffer when the byte before rpos is free (it was read,
	 * and nothing pushed back waits to be read before it). */
	if (f->rpos > 0 && f->nungot == 0)
		f->buf[--f->rpos] = byte;
	else if (f->nungot < W64_UNGET_MAX)
		f->ungot[f->nungot++] = byte;
	else
		return EOF;
	f->flags &= ~(unsigned)W64_FILE_EOF;
	return byte;
}
