#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

#define W64_SSIZE_MAX ((size_t)(SIZE_MAX >> 1))

ssize_t read(int fd, void *buf, size_t count)
{
	/* At most what ssize_t can report (a read may always be short). */
	struct __w64_iovec iov = {
		.buf = buf,
		.buf_len = count > W64_SSIZE_MAX ? W64_SSIZE_MAX : count,
	};
	size_t got = 0;

	int err = __w64_host_fd_read(fd, &iov, 1, &got);
	if (err != 0)
		return __w64_set_errno(err);
	return (ssize_t)got;
}
