#include <errno.h>
#include <fcntl.h>
#include <stdint.h>

#include "w64_host.h"

/* Returns the error rather than setting errno, as POSIX says; WASI's
 * advice numbers are POSIX_FADV_*'s. */
int posix_fadvise(int fd, off_t offset, off_t len, int advice)
{
	if (offset < 0 || len < 0 || advice < POSIX_FADV_NORMAL || advice > POSIX_FADV_NOREUSE)
		return EINVAL;
	return __w64_host_fd_advise(fd, (uint64_t)offset, (uint64_t)len, (uint32_t)advice);
}
