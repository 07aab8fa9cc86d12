#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/* As dup (ENOSYS), except that dup2(fd, fd) of an open fd returns fd,
 * which needs no second descriptor. */
int dup2(int fd, int fd2)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	if (err)
		return __w64_set_errno(err);
	if (fd2 < 0)
		return __w64_set_errno(EBADF);
	return fd == fd2 ? fd2 : __w64_set_errno(ENOSYS);
}
