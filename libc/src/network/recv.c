#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_host.h"

/* MSG_PEEK and MSG_WAITALL are WASI's own flags; others: EOPNOTSUPP. */
ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	if (flags & ~(MSG_PEEK | MSG_WAITALL))
		return __w64_set_errno(EOPNOTSUPP);
	struct __w64_iovec iov = {buf, len};
	size_t got;
	uint16_t out_flags;
	int err = __w64_host_sock_recv(fd, &iov, 1, (uint32_t)flags, &got, &out_flags);
	return err ? __w64_set_errno(err) : (ssize_t)got;
}
