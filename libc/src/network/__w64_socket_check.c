#include <errno.h>

#include "w64_host.h"
#include "w64_socket.h"

int __w64_socket_check(int fd)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	if (err)
		return err;
	if (st.fs_filetype != W64_FILETYPE_SOCKET_STREAM && st.fs_filetype != W64_FILETYPE_SOCKET_DGRAM)
		return ENOTSOCK;
	return 0;
}
