#include <errno.h>
#include <sys/file.h>

#include "w64_errno.h"
#include "w64_host.h"

/*
 * Granted at once whenever the descriptor is open: the program is the
 * only process there is.  Unlike Linux, two descriptors of one file in
 * the program do not exclude each other (WASI cannot say they are the
 * same open file, and waiting on oneself would never end).
 */
int flock(int fd, int operation)
{
	struct __w64_fdstat st;
	int op = operation & ~LOCK_NB;

	if (op != LOCK_SH && op != LOCK_EX && op != LOCK_UN)
		return __w64_set_errno(EINVAL);
	int err = __w64_host_fd_fdstat_get(fd, &st);
	return err != 0 ? __w64_set_errno(err) : 0;
}
