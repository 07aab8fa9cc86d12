#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

off_t ftello(FILE *f)
{
	if (!(f->flags & W64_FILE_READY))
		__w64_file_ready(f);
	/* Appended output lands at the end, wherever the descriptor is now:
	 * write it out to know where. */
	if ((f->flags & W64_FILE_APPEND) && __w64_file_flush(f) != 0)
		return -1;
	off_t pos = lseek(f->fd, 0, SEEK_CUR);
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
