#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include <fcntl.h>

#include "w64_host.h"

/* As dup2, with Linux's errors: fd == fd2 or a flag other than
 * O_CLOEXEC is EINVAL. */
int dup3(int fd, int fd2, int flags)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	if (err)
		return __w64_set_errno(err);
	if (fd2 < 0)
		return __w64_set_errno(EBADF);
	if (fd == fd2 || (flags & ~O_CLOEXEC))
		return __w64_set_errno(EINVAL);
	return __w64_set_errno(ENOSYS);
}
