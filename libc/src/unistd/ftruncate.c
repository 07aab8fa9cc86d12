#include <errno.h>
#include <stdint.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

int ftruncate(int fd, off_t length)
{
	if (length < 0)
		return __w64_set_errno(EINVAL);
	int err = __w64_host_fd_filestat_set_size(fd, (uint64_t)length);
	return err != 0 ? __w64_set_errno(err) : 0;
}
