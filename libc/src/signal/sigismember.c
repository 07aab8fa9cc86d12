#include <errno.h>
#include <signal.h>

#include "w64_errno.h"
#include "w64_signal.h"

int sigismember(const sigset_t *set, int sig)
{
	if (sig <= 0 || sig >= NSIG)
		return __w64_set_errno(EINVAL);
	return (set->__bits & W64_SIGBIT(sig)) != 0;
}
