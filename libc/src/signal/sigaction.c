#include <errno.h>
#include <stddef.h>
#include <signal.h>

#include "w64_errno.h"
#include "w64_signal.h"

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict oact)
{
	if (sig <= 0 || sig >= NSIG)
		return __w64_set_errno(EINVAL);
	if (act != NULL && (sig == SIGKILL || sig == SIGSTOP))
		return __w64_set_errno(EINVAL);
	if (act != NULL && act->sa_handler == SIG_ERR)
		return __w64_set_errno(EINVAL);
	if (oact != NULL)
		*oact = __w64_sigactions[sig];
	if (act != NULL) {
		__w64_sigactions[sig] = *act;
		__w64_sigactions[sig].sa_mask.__bits &= W64_SIGALL;
		/* Setting SIG_IGN discards a pending instance (POSIX). */
		if (act->sa_handler == SIG_IGN)
			__w64_sigpending &= ~W64_SIGBIT(sig);
	}
	return 0;
}
