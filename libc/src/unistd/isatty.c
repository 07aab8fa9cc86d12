#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/*
 * WASI has no terminals as such: a character device is the closest it
 * says, and what stdout's line buffering goes by.
 */
int isatty(int fd)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);

	if (err != 0) {
		__w64_set_errno(err);
		return 0;
	}
	if (st.fs_filetype != W64_FILETYPE_CHARACTER_DEVICE) {
		__w64_set_errno(ENOTTY);
		return 0;
	}
	return 1;
}
