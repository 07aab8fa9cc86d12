#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

int fdatasync(int fd)
{
	int err = __w64_host_fd_datasync(fd);

	return err != 0 ? __w64_set_errno(err) : 0;
}
