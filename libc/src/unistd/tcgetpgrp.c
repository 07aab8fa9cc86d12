#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/* WASI has no controlling terminal: ENOTTY for an open fd. */
pid_t tcgetpgrp(int fd)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	return __w64_set_errno(err ? err : ENOTTY);
}
