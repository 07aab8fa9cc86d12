#include <errno.h>
#include <stdint.h>
#include <sys/uio.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_uio.h"

/* At the offset, leaving the file position alone. */
ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset)
{
	if (__w64_iov_check(iov, count) != 0)
		return -1;
	if (offset < 0)
		return __w64_set_errno(EINVAL);
	size_t done = 0;
	int err = __w64_host_fd_pwrite(fd, W64_CIOVS(iov), (size_t)count, (uint64_t)offset, &done);
	if (err != 0)
		return __w64_set_errno(err);
	return (ssize_t)done;
}
