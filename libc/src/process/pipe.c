#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* WASI has no pipes: the host can connect a program's stdio to them,
 * but the program cannot make one. */
int pipe(int fds[2])
{
	(void)fds;
	return __w64_set_errno(ENOSYS);
}
