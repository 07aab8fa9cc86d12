#include <errno.h>

#include "w64_errno.h"
#include "w64_host.h"
#include "w64_tty.h"

int __w64_no_tty(int fd)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	return __w64_set_errno(err ? err : ENOTTY);
}
