#include <errno.h>
#include <unistd.h>

#include "w64_host.h"

/* WASI names no terminal device, even when a descriptor is one: ENOTTY
 * (an error number, as POSIX has ttyname_r return). */
int ttyname_r(int fd, char *buf, size_t size)
{
	(void)buf;
	(void)size;
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	return err ? err : ENOTTY;
}
