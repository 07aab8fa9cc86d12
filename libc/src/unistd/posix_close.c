#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* POSIX 2024's close that never leaves the descriptor open after a
 * signal: no signal interrupts a WASI call, so it is close. */
int posix_close(int fd, int flag)
{
	/* POSIX_CLOSE_RESTART is 0: the only flag there is. */
	if (flag != 0)
		return __w64_set_errno(EINVAL);
	return close(fd);
}
