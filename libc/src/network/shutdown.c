#include <errno.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_host.h"

int shutdown(int fd, int how)
{
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return __w64_set_errno(EINVAL);
	int err = __w64_host_sock_shutdown(fd, (uint32_t)how);
	return err ? __w64_set_errno(err) : 0;
}
