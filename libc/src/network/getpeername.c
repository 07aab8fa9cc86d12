#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_socket.h"

/* WASI preview 1 cannot tell a peer's address: ENOSYS for a socket (EBADF,
 * ENOTSOCK for other descriptors). */
int getpeername(int fd, struct sockaddr *restrict addr, socklen_t *restrict len)
{
	(void)addr;
	(void)len;
	int err = __w64_socket_check(fd);
	return __w64_set_errno(err ? err : ENOSYS);
}
