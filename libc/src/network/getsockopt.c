#include <errno.h>
#include <string.h>
#include <sys/socket.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_socket.h"

/* WASI can tell one thing about a socket, its type (SOL_SOCKET,
 * SO_TYPE); any other option is ENOPROTOOPT, as in wasi-libc. */
int getsockopt(int fd, int level, int name, void *restrict value, socklen_t *restrict len)
{
	int err = __w64_socket_check(fd);
	if (err)
		return __w64_set_errno(err);
	if (level != SOL_SOCKET || name != SO_TYPE)
		return __w64_set_errno(ENOPROTOOPT);
	if (*len < sizeof(int))
		return __w64_set_errno(EINVAL);
	struct __w64_fdstat st;
	err = __w64_host_fd_fdstat_get(fd, &st);
	if (err)
		return __w64_set_errno(err);
	int type = st.fs_filetype;
	memcpy(value, &type, sizeof type);
	*len = sizeof type;
	return 0;
}
