#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"

/* WASI preview 1 cannot make a socket: only the host opens them. */
int socketpair(int domain, int type, int protocol, int fds[2])
{
	(void)domain;
	(void)type;
	(void)protocol;
	(void)fds;
	return __w64_set_errno(ENOSYS);
}
