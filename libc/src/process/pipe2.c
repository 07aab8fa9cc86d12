#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* As pipe: WASI cannot make one. */
int pipe2(int fds[2], int flags)
{
	(void)fds;
	(void)flags;
	return __w64_set_errno(ENOSYS);
}
