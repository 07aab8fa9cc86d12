#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "w64_errno.h"

/*
 * The program is the only process there is (pid 1, alone in its process
 * group): a signal sent to itself, its group (0, -1) or everyone (-1)
 * is raised; any other pid names no process.  Signal 0 only checks.
 */
int kill(pid_t pid, int sig)
{
	if (sig < 0 || sig >= NSIG)
		return __w64_set_errno(EINVAL);
	pid_t self = getpid();
	if (pid != self && pid != 0 && pid != -1 && pid != -self)
		return __w64_set_errno(ESRCH);
	return sig == 0 ? 0 : raise(sig);
}
