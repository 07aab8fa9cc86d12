#include <errno.h>
#include <stdio.h>

#include "w64_errno.h"
#include "w64_stdio.h"

off_t ftello(FILE *f)
{
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	/* Output waiting to be appended lands at the end, wherever the file
	 * position is now (glibc asks where the end is too, not flushing). */
	if ((f->flags & W64_FILE_APPEND) && !(f->flags & W64_FILE_READING) && f->buf_len > 0) {
		off_t end = __w64_file_sys_seek(f, 0, SEEK_END);
		return end < 0 ? -1 : end + (off_t)f->buf_len;
	}
	off_t pos = __w64_file_sys_seek(f, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	if (f->flags & W64_FILE_READING) {
		off_t unread = (off_t)(f->rend - f->rpos + f->nungot);
		/* More pushed back than was ever read: no position to give. */
		if (unread > pos)
			return __w64_set_errno(EINVAL);
		return pos - unread;
	}
	return pos + (off_t)f->buf_len;
}
