#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_stdio.h"

/*
 * With a path: the new file is opened and then takes the stream's old
 * descriptor number (fd_renumber closes the old file), as POSIX's freopen
 * leaves it: after freopen(..., stdout), fd 1 is the new file.  The FILE
 * (stdin, stdout...) and its buffer stay.  Without a path, WASI cannot
 * reopen a descriptor: only the stream's mode changes, over the same
 * descriptor.  On failure the stream is closed (C11 7.21.5.4).
 */
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f)
{
	unsigned file_flags;
	int flags = __w64_fopen_flags(mode, &file_flags);

	if (f->flags & W64_FILE_READING)
		__w64_file_drop_input(f);
	else
		__w64_file_flush(f);
	__w64_file_unlink(f);
	int fd = f->fd;
	if (f->flags & W64_FILE_COOKIE) {
		/* Its functions are done with; there is no descriptor to
		 * reopen without a path. */
		__w64_file_sys_close(f);
		fd = -1;
		if (path == NULL)
			__w64_set_errno(EBADF);
	}
	if (flags < 0 || path != NULL) {
		int nfd = flags < 0 ? -1 : open(path, flags, 0666);
		int saved = errno;
		if (nfd >= 0 && fd >= 0 && __w64_host_fd_renumber(nfd, fd) == 0) {
			nfd = fd;
		} else if (fd >= 0) {
			close(fd);
			__w64_set_errno(saved);
		}
		fd = nfd;
	}
	if (fd < 0) {
		if (f->flags & W64_FILE_ALLOCATED)
			free(f);
		else
			f->fd = -1;
		return NULL;
	}
	__w64_file_init(f, fd, file_flags);
	return f;
}
