#include <fcntl.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_path.h"

/* The mode is not used: WASI files have no permission bits to set. */
int openat(int dirfd, const char *path, int flags, ...)
{
	struct __w64_at at;
	int err = __w64_path_at(dirfd, path, &at);
	if (err != 0)
		return __w64_set_errno(err);

	unsigned lookup, oflags, fdflags;
	uint64_t rights;
	__w64_open_args(flags, &lookup, &oflags, &fdflags, &rights);
	int fd;
	err = __w64_host_path_open(at.fd, lookup, at.path, at.len, oflags, rights, W64_RIGHTS_ALL,
				   fdflags, &fd);
	__w64_path_done(&at);
	if (err != 0)
		return __w64_set_errno(err);
	return fd;
}
