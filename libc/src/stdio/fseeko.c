#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"
#include "w64_stdio.h"

int fseeko(FILE *f, off_t offset, int whence)
{
	if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END)
		return __w64_set_errno(EINVAL);
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	if (f->flags & W64_FILE_READING) {
		/* The file is ahead of the stream by what is unread.  The input
		 * read ahead is dropped only once the seek has worked: after a
		 * failed one the stream reads on where it was. */
		if (whence == SEEK_CUR)
			offset -= (off_t)(f->rend - f->rpos + f->nungot);
		if (__w64_file_sys_seek(f, offset, whence) < 0)
			return -1;
		f->rpos = f->rend = 0;
		f->nungot = 0;
		f->flags &= ~(unsigned)(W64_FILE_READING | W64_FILE_WUNGOT);
	} else if (__w64_file_flush(f) != 0 || __w64_file_sys_seek(f, offset, whence) < 0) {
		return -1;
	}
	f->flags &= ~(unsigned)(W64_FILE_EOF | W64_FILE_WROTE);
	return 0;
}
