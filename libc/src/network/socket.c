#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"

/* WASI preview 1 cannot make a socket: only the host opens them. */
int socket(int domain, int type, int protocol)
{
	(void)domain;
	(void)type;
	(void)protocol;
	return __w64_set_errno(ENOSYS);
}
