#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_socket.h"

/* WASI preview 1 cannot name a socket: ENOSYS for a socket (EBADF,
 * ENOTSOCK for other descriptors). */
int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	(void)addr;
	(void)len;
	int err = __w64_socket_check(fd);
	return __w64_set_errno(err ? err : ENOSYS);
}
