#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_stdio.h"

/*
 * With a path: the stream is closed and opened again on the new file,
 * keeping its FILE (stdin, stdout...) and its own buffer.  Without one,
 * WASI cannot reopen a descriptor: only the stream's mode changes, over
 * the same descriptor.  On failure the stream is closed (C11 7.21.5.4).
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
	if (flags < 0 || path != NULL) {
		int saved = errno;
		close(fd);
		__w64_set_errno(saved);
		fd = flags < 0 ? -1 : open(path, flags, 0666);
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
