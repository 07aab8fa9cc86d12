#include <errno.h>
#include <signal.h>

#include "w64_errno.h"
#include "w64_signal.h"

/* The handler stays installed after a signal (BSD's and glibc's
 * semantics). */
void (*signal(int sig, void (*handler)(int)))(int)
{
	if (sig <= 0 || sig >= NSIG || sig == SIGKILL || sig == SIGSTOP || handler == SIG_ERR) {
		__w64_set_errno(EINVAL);
		return SIG_ERR;
	}
	struct sigaction *sa = &__w64_sigactions[sig];
	void (*old)(int) = sa->sa_handler;
	sa->sa_handler = handler;
	sa->sa_mask.__bits = 0;
	sa->sa_flags = SA_RESTART;
	return old;
}
