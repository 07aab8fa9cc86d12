#include <sys/uio.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_uio.h"

/* One host call for all the buffers, so the transfer is one piece as
 * POSIX asks; a partial one is reported as it is. */
ssize_t writev(int fd, const struct iovec *iov, int count)
{
	if (__w64_iov_check(iov, count) != 0)
		return -1;
	size_t done = 0;
	int err = __w64_host_fd_write(fd, W64_CIOVS(iov), (size_t)count, &done);
	if (err != 0)
		return __w64_set_errno(err);
	return (ssize_t)done;
}
