#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_socket.h"

/* WASI preview 1 cannot make a socket listen: ENOSYS for a socket (EBADF,
 * ENOTSOCK for other descriptors). */
int listen(int fd, int backlog)
{
	(void)backlog;
	int err = __w64_socket_check(fd);
	return __w64_set_errno(err ? err : ENOSYS);
}
