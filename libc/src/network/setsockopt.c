#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_socket.h"

/* WASI can set no socket option: ENOPROTOOPT for a socket. */
int setsockopt(int fd, int level, int name, const void *value, socklen_t len)
{
	(void)level;
	(void)name;
	(void)value;
	(void)len;
	int err = __w64_socket_check(fd);
	return __w64_set_errno(err ? err : ENOPROTOOPT);
}
