#include <signal.h>
#include <stddef.h>
#include <string.h>

#include "w64_errno.h"
#include "w64_signal.h"

int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
		 const struct timespec *restrict timeout)
{
	int r = __w64_sigwait(set, timeout);
	if (r < 0)
		return __w64_set_errno(-r);
	if (info != NULL) {
		memset(info, 0, sizeof *info);
		info->si_signo = r;
		info->si_code = SI_USER;
	}
	return r;
}
