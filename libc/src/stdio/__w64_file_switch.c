#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"
#include "w64_stdio.h"

void __w64_file_drop_input(struct __w64_file *f)
{
	if (!(f->flags & W64_FILE_READING))
		return;
	size_t unread = (f->rend - f->rpos) + f->nungot;
	if (unread > 0) {
		/* Back to where the program has read up to.  A pipe cannot
		 * seek: its read-ahead is lost, as C allows. */
		int saved = errno;
		__w64_file_sys_seek(f, -(off_t)unread, SEEK_CUR);
		__w64_set_errno(saved);
	}
	f->rpos = f->rend = 0;
	f->nungot = 0;
	f->flags &= ~(unsigned)(W64_FILE_READING | W64_FILE_WUNGOT);
}

int __w64_file_to_write(struct __w64_file *f)
{
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	if (f->flags & W64_FILE_NO_WRITE) {
		f->flags |= W64_FILE_ERR;
		return __w64_set_errno(EBADF);
	}
	__w64_file_drop_input(f);
	return 0;
}

int __w64_file_to_read(struct __w64_file *f)
{
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	if (f->flags & W64_FILE_READING)
		return 0;
	if (f->flags & W64_FILE_NO_READ) {
		f->flags |= W64_FILE_ERR;
		return __w64_set_errno(EBADF);
	}
	if (__w64_file_flush(f) != 0)
		return EOF;
	f->flags = (f->flags | W64_FILE_READING) & ~(unsigned)W64_FILE_WROTE;
	f->rpos = f->rend = 0;
	return 0;
}
