#include <errno.h>
#include <sys/wait.h>

#include "w64_errno.h"

/* No child can exist; unknown options are still EINVAL. */
pid_t waitpid(pid_t pid, int *status, int options)
{
	(void)pid;
	(void)status;
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED))
		return __w64_set_errno(EINVAL);
	return __w64_set_errno(ECHILD);
}
