#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"
#include "w64_host.h"

/*
 * WASI cannot give one open file a second descriptor (fd_renumber moves
 * it, closing the target): an open descriptor answers ENOSYS, a closed
 * one EBADF.
 */
int dup(int fd)
{
	struct __w64_fdstat st;
	int err = __w64_host_fd_fdstat_get(fd, &st);
	return __w64_set_errno(err ? err : ENOSYS);
}
