#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/* ssize_t is the signed type of size_t's width. */
#define W64_SSIZE_MAX ((size_t)(SIZE_MAX >> 1))

ssize_t write(int fd, const void *buf, size_t count)
{
	/* The count returned must fit ssize_t; asking for less is allowed,
	 * since write() may always write fewer bytes than requested. */
	struct __w64_ciovec iov = {
		.buf = buf,
		.buf_len = count > W64_SSIZE_MAX ? W64_SSIZE_MAX : count,
	};
	size_t written = 0;

	int err = __w64_host_fd_write(fd, &iov, 1, &written);
	if (err != 0)
		return __w64_set_errno(err);
	return (ssize_t)written;
}
