#include <errno.h>
#include <fcntl.h>
#include <stdint.h>

#include "w64_host.h"

/* Returns the error rather than setting errno, as POSIX says. */
int posix_fallocate(int fd, off_t offset, off_t len)
{
	if (offset < 0 || len <= 0)
		return EINVAL;
	if (len > INT64_MAX - offset)
		return EFBIG;
	return __w64_host_fd_allocate(fd, (uint64_t)offset, (uint64_t)len);
}
