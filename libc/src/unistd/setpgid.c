#include <errno.h>
#include <unistd.h>

#include "w64_errno.h"

/* Only the no-op is possible: the program in its own group. */
int setpgid(pid_t pid, pid_t pgid)
{
	pid_t self = getpid();
	if (pgid < 0)
		return __w64_set_errno(EINVAL);
	if (pid != 0 && pid != self)
		return __w64_set_errno(ESRCH);
	if (pgid != 0 && pgid != self)
		return __w64_set_errno(EPERM);
	return 0;
}
