#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_host.h"

/* WASI's sock_send takes no flags; MSG_NOSIGNAL changes nothing (no
 * SIGPIPE is ever raised), others are EOPNOTSUPP. */
ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	if (flags & ~MSG_NOSIGNAL)
		return __w64_set_errno(EOPNOTSUPP);
	struct __w64_ciovec iov = {buf, len};
	size_t sent;
	int err = __w64_host_sock_send(fd, &iov, 1, 0, &sent);
	return err ? __w64_set_errno(err) : (ssize_t)sent;
}
