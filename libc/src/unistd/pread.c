#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

#define W64_SSIZE_MAX ((size_t)(SIZE_MAX >> 1))

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
	struct __w64_iovec iov = {
		.buf = buf,
		.buf_len = count > W64_SSIZE_MAX ? W64_SSIZE_MAX : count,
	};
	size_t got = 0;

	if (offset < 0)
		return __w64_set_errno(EINVAL);
	int err = __w64_host_fd_pread(fd, &iov, 1, (uint64_t)offset, &got);
	if (err != 0)
		return __w64_set_errno(err);
	return (ssize_t)got;
}
