#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

int fseeko(FILE *f, off_t offset, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END)
		return __w64_set_errno(EINVAL);
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	if (f->flags & W64_FILE_READING) {
		/* The descriptor is ahead of the stream by what is unread. */
		if (whence == SEEK_CUR)
			offset -= (off_t)(f->rend - f->rpos + f->nungot);
		f->rpos = f->rend = 0;
		f->nungot = 0;
		f->flags &= ~(unsigned)(W64_FILE_READING | W64_FILE_WUNGOT);
	} else if (__w64_file_flush(f) != 0) {
		return -1;
	}
	if (lseek(f->fd, offset, whence) < 0)
		return -1;
	f->flags &= ~(unsigned)W64_FILE_EOF;
	return 0;
}
