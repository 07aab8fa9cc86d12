#include <errno.h>
#include <string.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_host.h"

/*
 * WASI's sock_accept gives the new connection but not the peer's
 * address: when the caller asks for it, the family is AF_UNSPEC and the
 * length just the family's.  SOCK_CLOEXEC is accepted (nothing is ever
 * executed); SOCK_NONBLOCK makes the new socket non-blocking.
 */
int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags)
{
	if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
		return __w64_set_errno(EINVAL);
	int conn;
	int err = __w64_host_sock_accept(fd, (flags & SOCK_NONBLOCK) ? W64_FDFLAGS_NONBLOCK : 0,
					 &conn);
	if (err)
		return __w64_set_errno(err);
	if (addr != NULL && len != NULL) {
		struct sockaddr none;
		memset(&none, 0, sizeof none);
		none.sa_family = AF_UNSPEC;
		memcpy(addr, &none, *len < sizeof none.sa_family ? *len : sizeof none.sa_family);
		*len = sizeof none.sa_family;
	}
	return conn;
}
